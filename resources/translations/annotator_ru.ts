<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ActionSpec</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Создать проект…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Create a project file</source>
        <translation>Создать файл проекта</translation>
    </message>
    <message>
        <source>New Project f&amp;rom .qdpx…</source>
        <translation>Новый проек&amp;т из .qdpx…</translation>
    </message>
    <message>
        <source>A project from MAXQDA, ATLAS.ti, NVivo, QualCoder (REFI-QDA .qdpx)</source>
        <translation>Проект из MAXQDA, ATLAS.ti, NVivo, QualCoder (REFI-QDA .qdpx)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Открыть файл проекта</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open &amp;Team Project…</source>
        <translation>Открыть о&amp;бщий проект…</translation>
    </message>
    <message>
        <source>Open a project your lab shares on a PostgreSQL server</source>
        <translation>Открыть проект, который ваша группа ведёт на сервере PostgreSQL</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>Открыть &amp;демо</translation>
    </message>
    <message>
        <source>A fresh copy of the demo</source>
        <translation>Свежая копия демо</translation>
    </message>
    <message>
        <source>Import &amp;Articles…</source>
        <translation>&amp;Импортировать статьи…</translation>
    </message>
    <message>
        <source>Web pages, text, Word, PDF, spreadsheets, Nexis/Factiva exports; preview first</source>
        <translation>Веб-страницы, текст, Word, PDF, таблицы, выгрузки Nexis/Factiva; сначала предпросмотр</translation>
    </message>
    <message>
        <source>Import a &amp;Folder of Articles…</source>
        <translation>Импортировать статьи из &amp;папки…</translation>
    </message>
    <message>
        <source>Every article file in a folder</source>
        <translation>Все файлы статей из папки</translation>
    </message>
    <message>
        <source>Create Coder Copie&amp;s…</source>
        <translation>Создать &amp;копии для кодировщиков…</translation>
    </message>
    <message>
        <source>One project file per coder, to code blind</source>
        <translation>Отдельный файл проекта для каждого кодировщика, для слепого кодирования</translation>
    </message>
    <message>
        <source>&amp;Merge Coder Projects…</source>
        <translation>Объ&amp;единить проекты кодировщиков…</translation>
    </message>
    <message>
        <source>Combine coders&apos; files into a new project</source>
        <translation>Свести файлы кодировщиков в новый проект</translation>
    </message>
    <message>
        <source>Import Coder &amp;Project…</source>
        <translation>Импортировать п&amp;роект кодировщика…</translation>
    </message>
    <message>
        <source>Merge a coder&apos;s file into this project (undoable)</source>
        <translation>Влить файл кодировщика в этот проект (можно отменить)</translation>
    </message>
    <message>
        <source>E&amp;xport Codings…</source>
        <translation>&amp;Экспортировать кодировки…</translation>
    </message>
    <message>
        <source>The coded data as an Excel workbook or CSV</source>
        <translation>Закодированные данные в виде книги Excel или CSV</translation>
    </message>
    <message>
        <source>Export Pro&amp;ject (.qdpx)…</source>
        <translation>Экспорт проект&amp;а (.qdpx)…</translation>
    </message>
    <message>
        <source>The whole project for MAXQDA, ATLAS.ti, NVivo, QualCoder (REFI-QDA)</source>
        <translation>Весь проект для MAXQDA, ATLAS.ti, NVivo, QualCoder (REFI-QDA)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
        <source>Chan&amp;ge Coder Name…</source>
        <translation>С&amp;менить имя кодировщика…</translation>
    </message>
    <message>
        <source>Whose annotations you make and see</source>
        <translation>Чьи аннотации вы создаёте и видите</translation>
    </message>
    <message>
        <source>&amp;Import Codebook…</source>
        <translation>Импортировать кодовую к&amp;нигу…</translation>
    </message>
    <message>
        <source>Update the codebook from a workbook (.xlsx), .qdc or .json; shows the changes first</source>
        <translation>Обновить кодовую книгу из книги Excel (.xlsx), .qdc или .json; сначала покажет изменения</translation>
    </message>
    <message>
        <source>&amp;Export Codebook…</source>
        <translation>Экспортировать кодовую кни&amp;гу…</translation>
    </message>
    <message>
        <source>Write the codebook as a workbook, .qdc or printable HTML</source>
        <translation>Записать кодовую книгу как книгу Excel, .qdc или HTML для печати</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Найти в статье…</translation>
    </message>
    <message>
        <source>Highlight every hit</source>
        <translation>Подсветить все совпадения</translation>
    </message>
    <message>
        <source>&amp;Search All Documents…</source>
        <translation>&amp;Искать во всех документах…</translation>
    </message>
    <message>
        <source>Search and auto-code</source>
        <translation>Поиск и автокодирование</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Code Selection…</source>
        <translation>&amp;Закодировать выделение…</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Кодирование</translation>
    </message>
    <message>
        <source>Set every variable of the selected span at once</source>
        <translation>Задать сразу все переменные выделенного фрагмента</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>&amp;Изменить аннотацию…</translation>
    </message>
    <message>
        <source>Change the values or memo of the annotation</source>
        <translation>Изменить значения или мемо аннотации</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Удалить аннотацию</translation>
    </message>
    <message>
        <source>&amp;Snap Selection to Whole Words</source>
        <translation>&amp;Выделять целыми словами</translation>
    </message>
    <message>
        <source>Extend a selection that starts or ends inside a word to the whole word</source>
        <translation>Расширять выделение, которое начинается или кончается внутри слова, до целого слова</translation>
    </message>
    <message>
        <source>Show &amp;All Coders&apos; Annotations</source>
        <translation>Аннотации &amp;всех кодировщиков</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Show every coder&apos;s annotations, coloured by coder (off: blind coding, only yours)</source>
        <translation>Показывать аннотации всех кодировщиков в цветах кодировщиков (выкл.: слепое кодирование, только ваши)</translation>
    </message>
    <message>
        <source>All Coders</source>
        <translation>Все кодировщики</translation>
    </message>
    <message>
        <source>Show &amp;Machine Suggestions</source>
        <translation>Предложения ма&amp;шинных кодировщиков</translation>
    </message>
    <message>
        <source>Machine coders&apos; spans, dashed: Enter accepts one, Delete dismisses it (hidden on the reliability sample while you code blind)</source>
        <translation>Фрагменты машинных кодировщиков, пунктиром: Enter принимает предложение, Delete отклоняет его (в выборке для надёжности при слепом кодировании скрыты)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Сбросить масштаб</translation>
    </message>
    <message>
        <source>&amp;Previous Document</source>
        <translation>&amp;Предыдущий документ</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>&amp;Next Document</source>
        <translation>&amp;Следующий документ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Mark Document &amp;Done</source>
        <translation>Документ &amp;готов</translation>
    </message>
    <message>
        <source>Your status for this document (undoable)</source>
        <translation>Ваш статус для этого документа (можно отменить)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>&amp;Edit Codebook…</source>
        <translation>&amp;Редактировать кодовую книгу…</translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation>Кодовая к&amp;нига</translation>
    </message>
    <message>
        <source>Variables, codes, colours, shortcuts and coding rules (every change undoable)</source>
        <translation>Переменные, коды, цвета, клавиши и правила кодирования (любое изменение можно отменить)</translation>
    </message>
    <message>
        <source>Inter-coder &amp;Agreement…</source>
        <translation>&amp;Согласие кодировщиков…</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha per variable, the disagreements, and adjudication</source>
        <translation>Альфа Криппендорфа по переменным, расхождения и их разрешение</translation>
    </message>
    <message>
        <source>&amp;Frequencies…</source>
        <translation>&amp;Частоты…</translation>
    </message>
    <message>
        <source>Codes against outlets, months or other codes: a table and a chart</source>
        <translation>Коды по изданиям, месяцам или другим кодам: таблица и диаграмма</translation>
    </message>
    <message>
        <source>&amp;Discourse Network…</source>
        <translation>&amp;Дискурсная сеть…</translation>
    </message>
    <message>
        <source>Actors and concepts linked by their statements, as DNA computes them</source>
        <translation>Акторы и концепты, связанные их высказываниями, как их считает DNA</translation>
    </message>
    <message>
        <source>&amp;Machine Coding…</source>
        <translation>&amp;Машинное кодирование…</translation>
    </message>
    <message>
        <source>A language model codes documents along the codebook, as a machine coder</source>
        <translation>Языковая модель кодирует документы по кодовой книге как машинный кодировщик</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Annotator</source>
        <translation>&amp;О программе Annotator</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <source>&amp;View/A&amp;ppearance</source>
        <translation>&amp;Вид/&amp;Оформление</translation>
    </message>
    <message>
        <source>Light or dark as the system is</source>
        <translation>Светлое или тёмное, как в системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлое</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Тёмный текст на светлом фоне</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмное</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Светлый текст на тёмном фоне</translation>
    </message>
    <message>
        <source>Paragraph &amp;Numbers</source>
        <translation>&amp;Номера абзацев</translation>
    </message>
    <message>
        <source>Number the paragraphs in a margin left of the text</source>
        <translation>Нумеровать абзацы на поле слева от текста</translation>
    </message>
    <message>
        <source>Coding S&amp;tripes</source>
        <translation>&amp;Полосы кодирования</translation>
    </message>
    <message>
        <source>A bar beside the text for each coded span, labelled with its codes</source>
        <translation>Полоса рядом с текстом для каждого закодированного фрагмента, с подписью его кодов</translation>
    </message>
    <message>
        <source>A&amp;ssign Documents to Coders…</source>
        <translation>&amp;Распределить документы между кодировщиками…</translation>
    </message>
    <message>
        <source>Split the documents among coders, with an overlap for reliability</source>
        <translation>Разделить документы между кодировщиками, с пересечением для проверки надёжности</translation>
    </message>
    <message>
        <source>Team &amp;Progress</source>
        <translation>&amp;Прогресс команды</translation>
    </message>
    <message>
        <source>How far each coder has got, per assignment set</source>
        <translation>Насколько продвинулся каждый кодировщик, по наборам заданий</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Главная панель инструментов</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Did the coders mark the same text? Unitizing α&lt;sub&gt;u&lt;/sub&gt; = {alpha}, character agreement {agreement}.</source>
        <translation>Отметили ли кодировщики один и тот же текст? α&lt;sub&gt;u&lt;/sub&gt; разбиения на единицы = {alpha}, посимвольное согласие {agreement}.</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Согласие кодировщиков</translation>
    </message>
    <message>
        <source>Two coders&apos; spans count as the same unit when their overlap is at least this share of the text the two cover together (0.5 = half)</source>
        <translation>Фрагменты двух кодировщиков считаются одной единицей, если они перекрываются хотя бы на эту долю общего покрытого ими текста (0,5 = половина)</translation>
    </message>
    <message>
        <source>Count “not coded” as a category</source>
        <translation>Считать «не закодировано» категорией</translation>
    </message>
    <message>
        <source>Off (Krippendorff&apos;s default): a coder without a span or value there is missing data</source>
        <translation>Выключено (по умолчанию у Криппендорфа): если у кодировщика там нет фрагмента или значения, это пропущенные данные</translation>
    </message>
    <message>
        <source>Which documents to compare: an assignment set, or the reliability sample</source>
        <translation>Какие документы сравнивать: набор заданий или выборку для проверки надёжности</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Bootstrap samples for alpha&apos;s confidence interval and q (0: none)</source>
        <translation>Бутстреп-выборки для доверительного интервала альфы и q (0 — без них)</translation>
    </message>
    <message>
        <source>random</source>
        <translation>случайный</translation>
    </message>
    <message>
        <source>The same seed gives the same interval again; the seed used is reported</source>
        <translation>С тем же начальным значением получается тот же интервал; использованное значение сообщается</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Кодировщики</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Переменные</translation>
    </message>
    <message>
        <source>Spans align at overlap ≥</source>
        <translation>Совпадение при перекрытии ≥</translation>
    </message>
    <message>
        <source>Bootstrap samples</source>
        <translation>Бутстреп-выборки</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Начальное значение</translation>
    </message>
    <message>
        <source>Double-click a disagreement to compare the coders side by side and settle it.</source>
        <translation>Дважды щёлкните по расхождению, чтобы сравнить кодировщиков рядом и разрешить его.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Сохранить как SVG…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <source>Export comparison workbook…</source>
        <translation>Экспортировать книгу сравнения…</translation>
    </message>
    <message>
        <source>Write Methods Paragraph…</source>
        <translation>Записать абзац о методах…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>Reliability sample (%n document(s) with 2+ coders)</source>
        <translation>
            <numerusform>Выборка для надёжности (%n документ с 2+ кодировщиками)</numerusform>
            <numerusform>Выборка для надёжности (%n документа с 2+ кодировщиками)</numerusform>
            <numerusform>Выборка для надёжности (%n документов с 2+ кодировщиками)</numerusform>
        </translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Set “{name}”</source>
        <translation>Набор «{name}»</translation>
    </message>
    <message>
        <source>Comparing the coders…</source>
        <translation>Сравнение кодировщиков…</translation>
    </message>
    <message>
        <source>An agreement computation</source>
        <translation>Расчёт согласия</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not compare:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Не удалось сравнить:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha — {coders}</source>
        <translation>Альфа Криппендорфа — {coders}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{units}&lt;/b&gt; aligned for {coders} (overlap ≥ {overlap}); {disagreements}. Alpha ≥ 0.8 is conventionally reliable, ≥ 0.667 allows tentative conclusions.</source>
        <translation>Сопоставлено для {coders}: &lt;b&gt;{units}&lt;/b&gt; (перекрытие ≥ {overlap}); {disagreements}. Альфа ≥ 0,8 принято считать надёжной, ≥ 0,667 допускает предварительные выводы.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n единица</numerusform>
            <numerusform>%n единицы</numerusform>
            <numerusform>%n единиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n расхождение</numerusform>
            <numerusform>%n расхождения</numerusform>
            <numerusform>%n расхождений</numerusform>
        </translation>
    </message>
    <message>
        <source>Alpha&apos;s {level:.0%} interval from {samples} bootstrap samples (seed {seed}); q = probability that alpha is below {minimum}.</source>
        <translation>{level:.0%}-интервал альфы по {samples} бутстреп-выборкам (начальное значение {seed}); q — вероятность того, что альфа ниже {minimum}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{settled} of %n disagreement(s) settled, {remaining} to adjudicate&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Разрешено {settled} из %n расхождения, осталось {remaining}&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Разрешено {settled} из %n расхождений, осталось {remaining}&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Разрешено {settled} из %n расхождений, осталось {remaining}&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not settled:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Не разрешено:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing for papers (*.svg)</source>
        <translation>Рисунок SVG для публикаций (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <source>&lt;b&gt;The chart was not saved:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Диаграмма не сохранена:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Export comparison workbook</source>
        <translation>Экспорт книги сравнения</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The workbook was not written:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Книга не записана:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>Записан файл {name}.</translation>
    </message>
    <message>
        <source>Write methods paragraph</source>
        <translation>Записать абзац о методах</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The paragraph was not written:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Абзац не записан:&lt;/b&gt; {reason}</translation>
    </message>
</context>
<context>
    <name>AlphaChart</name>
    <message>
        <source>Krippendorff&apos;s alpha per variable</source>
        <translation>Альфа Криппендорфа по переменным</translation>
    </message>
    <message>
        <source>0.8 reliable</source>
        <translation>0,8 надёжно</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Кодировщик</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Мемо</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Handed over to the running {app}.</source>
        <translation>Передано запущенному {app}.</translation>
    </message>
    <message>
        <source>A running {app} did not answer; nothing was opened.</source>
        <translation>Запущенный {app} не ответил; ничего не открыто.</translation>
    </message>
</context>
<context>
    <name>ArticleHeader</name>
    <message>
        <source>Not started</source>
        <translation>Не начат</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Your coding status of this document (Ctrl+D marks it done)</source>
        <translation>Ваш статус кодирования этого документа (Ctrl+D отмечает его готовым)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Language code: {code}</source>
        <translation>Код языка: {code}</translation>
    </message>
</context>
<context>
    <name>ArticleImport</name>
    <message>
        <source>Articles ({patterns});;All files (*)</source>
        <translation>Статьи ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <source>Import every article in a folder</source>
        <translation>Импортировать все статьи из папки</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>Нет открытого проекта</translation>
    </message>
    <message>
        <source>Open or create a project first, then drop the articles on the window.</source>
        <translation>Сначала откройте или создайте проект, затем перетащите статьи в окно.</translation>
    </message>
    <message>
        <source>The files could not be read</source>
        <translation>Не удалось прочитать файлы</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Чтение файлов…</translation>
    </message>
    <message>
        <source>An import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>The table could not be read</source>
        <translation>Не удалось прочитать таблицу</translation>
    </message>
    <message>
        <source>Storing the articles…</source>
        <translation>Сохранение статей…</translation>
    </message>
    <message>
        <source>The articles were not imported</source>
        <translation>Статьи не импортированы</translation>
    </message>
    <message>
        <source>No articles found there. Annotator imports {suffixes} files.</source>
        <translation>Статьи не найдены. Annotator импортирует файлы {suffixes}.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>no values yet</source>
        <translation>значений пока нет</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign documents to coders</source>
        <translation>Распределение документов между кодировщиками</translation>
    </message>
    <message>
        <source>Split the documents among the coders. The overlap is coded by every coder (or by a rotating pair) to measure reliability; the rest is split evenly. Each coder&apos;s list then shows only their own documents (My documents).</source>
        <translation>Разделите документы между кодировщиками. Пересечение кодируют все (или чередующиеся пары) для оценки надёжности; остальное делится поровну. Затем список каждого кодировщика показывает только его документы («Мои документы»).</translation>
    </message>
    <message>
        <source>New coders, e.g. carol, dave</source>
        <translation>Новые кодировщики, например carol, dave</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>e.g. main, training-1, reliability</source>
        <translation>например main, training-1, reliability</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message numerus="yes">
        <source>The %n document(s) the list&apos;s filter shows</source>
        <translation>
            <numerusform>%n документ, показанный фильтром списка</numerusform>
            <numerusform>%n документа, показанные фильтром списка</numerusform>
            <numerusform>%n документов, показанных фильтром списка</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected document(s)</source>
        <translation>
            <numerusform>%n выбранный документ</numerusform>
            <numerusform>%n выбранных документа</numerusform>
            <numerusform>%n выбранных документов</numerusform>
        </translation>
    </message>
    <message>
        <source>% of the documents</source>
        <translation>% документов</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>документов</translation>
    </message>
    <message>
        <source>every coder</source>
        <translation>всеми кодировщиками</translation>
    </message>
    <message>
        <source>a rotating pair of coders</source>
        <translation>чередующимися парами</translation>
    </message>
    <message>
        <source>coded by</source>
        <translation>кодируются</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Number of documents</source>
        <translation>Числу документов</translation>
    </message>
    <message>
        <source>Total length of text</source>
        <translation>Общей длине текста</translation>
    </message>
    <message>
        <source>The same seed draws the same assignment again</source>
        <translation>То же начальное значение даёт то же распределение</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Кодировщики:</translation>
    </message>
    <message>
        <source>Set name:</source>
        <translation>Имя набора:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translation>Пересечение:</translation>
    </message>
    <message>
        <source>Stratify the overlap by:</source>
        <translation>Стратифицировать пересечение по:</translation>
    </message>
    <message>
        <source>Balance by:</source>
        <translation>Выравнивать по:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Начальное значение:</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Кодировщик</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Пересечение</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Символы</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Распределить</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Предпросмотр&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot assign:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Распределить нельзя:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>{documents} to {coders}; {overlap} coded by {who}.</source>
        <translation>{documents} для {coders}; {overlap}, кодируют: {who}.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n кодировщика</numerusform>
            <numerusform>%n кодировщиков</numerusform>
            <numerusform>%n кодировщиков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overlap document(s)</source>
        <translation>
            <numerusform>%n общий документ</numerusform>
            <numerusform>%n общих документа</numerusform>
            <numerusform>%n общих документов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDocuments</name>
    <message>
        <source>Assign documents (set “{name}”)</source>
        <translation>Распределение документов (набор «{name}»)</translation>
    </message>
</context>
<context>
    <name>AutoCodeConfirmation</name>
    <message>
        <source>Code {hits} in {documents} as {code}?</source>
        <translation>Закодировать {hits} в {documents} кодом {code}?</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документе</numerusform>
            <numerusform>%n документах</numerusform>
            <numerusform>%n документах</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) takes them all back.</source>
        <translation>Правка ▸ Отменить (Ctrl+Z) отменит их все разом.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) already coded as {code} by you will be skipped.</source>
        <translation>
            <numerusform>%n совпадение, уже закодированное вами кодом {code}, будет пропущено.</numerusform>
            <numerusform>%n совпадения, уже закодированные вами кодом {code}, будут пропущены.</numerusform>
            <numerusform>%n совпадений, уже закодированных вами кодом {code}, будут пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <source>{skipped} {undo}</source>
        <translation>{skipped} {undo}</translation>
    </message>
    <message>
        <source>Auto-code hits</source>
        <translation>Автокодирование совпадений</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Закодировать</translation>
    </message>
</context>
<context>
    <name>AutoCodingJob</name>
    <message>
        <source>Auto-code</source>
        <translation>Автокодирование</translation>
    </message>
    <message numerus="yes">
        <source>Coding %n hit(s) as {code}…</source>
        <translation>
            <numerusform>Кодирование %n совпадения кодом {code}…</numerusform>
            <numerusform>Кодирование %n совпадений кодом {code}…</numerusform>
            <numerusform>Кодирование %n совпадений кодом {code}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-coding</source>
        <translation>Автокодирование</translation>
    </message>
    <message>
        <source>Auto-coding cancelled: nothing was coded.</source>
        <translation>Автокодирование отменено: ничего не закодировано.</translation>
    </message>
</context>
<context>
    <name>CodeForm</name>
    <message>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Когда применять</translation>
    </message>
    <message>
        <source>When not to use</source>
        <translation>Когда не применять</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Use parent&apos;s</source>
        <translation>Как у родителя</translation>
    </message>
    <message>
        <source>No colour of its own: the code wears its parent&apos;s colour</source>
        <translation>Без собственного цвета: код получает цвет родительского кода</translation>
    </message>
    <message>
        <source>one key, e.g. g</source>
        <translation>одна клавиша, напр. g</translation>
    </message>
    <message>
        <source>Pressed while coding, applies this code to the selection</source>
        <translation>Нажатие при кодировании присваивает этот код выделению</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Shortcut key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Choose a code on the left to see and edit its details.</source>
        <translation>Выберите код слева, чтобы просмотреть и изменить его свойства.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; — retired: kept for existing annotations</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; — выведен из употребления: сохранён для существующих аннотаций</translation>
    </message>
    <message>
        <source>Parent&apos;s colour</source>
        <translation>Цвет родителя</translation>
    </message>
    <message>
        <source>Colour of the code</source>
        <translation>Цвет кода</translation>
    </message>
</context>
<context>
    <name>CodeTree</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>{label}  (retired)</source>
        <translation>{label}  (выведен)</translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <source>Edit codebook</source>
        <translation>Редактирование кодовой книги</translation>
    </message>
    <message>
        <source>Drag a code onto another to file it under it, or between two to reorder.</source>
        <translation>Перетащите код на другой, чтобы вложить его, или между двумя, чтобы изменить порядок.</translation>
    </message>
    <message>
        <source>Add code…</source>
        <translation>Добавить код…</translation>
    </message>
    <message>
        <source>Add a code at the top level</source>
        <translation>Добавить код верхнего уровня</translation>
    </message>
    <message>
        <source>Add sub-code…</source>
        <translation>Добавить подкод…</translation>
    </message>
    <message>
        <source>Add a code under the chosen one</source>
        <translation>Добавить код под выбранным</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Delete the chosen code (used codes: merge or retire)</source>
        <translation>Удалить выбранный код (используемые коды: объединить или вывести из употребления)</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>Свойства кода</translation>
    </message>
    <message>
        <source>Every change is saved at once and can be undone with Ctrl+Z.</source>
        <translation>Каждое изменение сохраняется сразу и отменяется сочетанием Ctrl+Z.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Отменить последнее изменение (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Codes of {variable}</source>
        <translation>Коды переменной {variable}</translation>
    </message>
    <message>
        <source>Not changed: {message}.</source>
        <translation>Не изменено: {message}.</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Добавить переменную</translation>
    </message>
    <message>
        <source>Name of the new variable (e.g. tone):</source>
        <translation>Имя новой переменной (напр. tone):</translation>
    </message>
    <message>
        <source>Add variable {name}</source>
        <translation>добавление переменной {name}</translation>
    </message>
    <message>
        <source>Rename variable</source>
        <translation>Переименовать переменную</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <source>Rename variable {name}</source>
        <translation>переименование переменной {name}</translation>
    </message>
    <message>
        <source>Move variable {name}</source>
        <translation>перемещение переменной {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) hold values of {name}; retire its codes instead</source>
        <translation>
            <numerusform>%n аннотация содержит значения {name}; вместо этого выведите её коды из употребления</numerusform>
            <numerusform>%n аннотации содержат значения {name}; вместо этого выведите её коды из употребления</numerusform>
            <numerusform>%n аннотаций содержат значения {name}; вместо этого выведите её коды из употребления</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {name} and its %n code(s)?</source>
        <translation>
            <numerusform>Удалить {name} и её %n код?</numerusform>
            <numerusform>Удалить {name} и её %n кода?</numerusform>
            <numerusform>Удалить {name} и её %n кодов?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete variable</source>
        <translation>Удалить переменную</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete variable {name}</source>
        <translation>удаление переменной {name}</translation>
    </message>
    <message>
        <source>Change kind of {variable}</source>
        <translation>изменение типа переменной {variable}</translation>
    </message>
    <message>
        <source>Allow several codes per span in {variable}</source>
        <translation>разрешение нескольких кодов на фрагмент в {variable}</translation>
    </message>
    <message>
        <source>Allow one code per span in {variable}</source>
        <translation>ограничение одним кодом на фрагмент в {variable}</translation>
    </message>
    <message>
        <source>Let coders add codes to {variable}</source>
        <translation>разрешение кодировщикам добавлять коды в {variable}</translation>
    </message>
    <message>
        <source>Stop coders adding codes to {variable}</source>
        <translation>запрет кодировщикам добавлять коды в {variable}</translation>
    </message>
    <message>
        <source>Merge {code} into {target}</source>
        <translation>объединение {code} с {target}</translation>
    </message>
    <message>
        <source>Delete {code}, merged into {target}</source>
        <translation>удаление {code} с объединением в {target}</translation>
    </message>
    <message>
        <source>Retire {code}</source>
        <translation>вывод {code} из употребления</translation>
    </message>
    <message>
        <source>Delete code {code}</source>
        <translation>удаление кода {code}</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>Добавить код</translation>
    </message>
    <message>
        <source>Label of the new code of {name}:</source>
        <translation>Название нового кода переменной {name}:</translation>
    </message>
    <message>
        <source>Add code {label}</source>
        <translation>добавление кода {label}</translation>
    </message>
    <message>
        <source>Move {label}</source>
        <translation>перемещение {label}</translation>
    </message>
    <message>
        <source>Nothing to save: no field was changed.</source>
        <translation>Нечего сохранять: ни одно поле не изменено.</translation>
    </message>
    <message>
        <source>Edit code {label}</source>
        <translation>изменение кода {label}</translation>
    </message>
    <message>
        <source>Saved {label}: {changes}</source>
        <translation>Сохранено {label}: {changes}</translation>
    </message>
    <message>
        <source>Move annotations from {label}</source>
        <translation>перенос аннотаций из {label}</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Change colour…</source>
        <translation>Изменить цвет…</translation>
    </message>
    <message numerus="yes">
        <source>Merge into another code… (%n annotation(s))</source>
        <translation>
            <numerusform>Объединить с другим кодом… (%n аннотация)</numerusform>
            <numerusform>Объединить с другим кодом… (%n аннотации)</numerusform>
            <numerusform>Объединить с другим кодом… (%n аннотаций)</numerusform>
        </translation>
    </message>
    <message>
        <source>Move some annotations to another code… ({used})</source>
        <translation>Перенести часть аннотаций в другой код… ({used})</translation>
    </message>
    <message>
        <source>Reinstate (make codable again)</source>
        <translation>Восстановить (снова сделать доступным)</translation>
    </message>
    <message>
        <source>Reinstate {label}</source>
        <translation>восстановление {label}</translation>
    </message>
    <message>
        <source>Retire (hide from coding)</source>
        <translation>Вывести из употребления (скрыть при кодировании)</translation>
    </message>
    <message>
        <source>Retire {label}</source>
        <translation>вывод {label} из употребления</translation>
    </message>
</context>
<context>
    <name>CodebookImport</name>
    <message>
        <source>the project</source>
        <translation>проекта</translation>
    </message>
    <message>
        <source>Importing {name} would take every code of {scope} out of use: {retired} retired, {removed} removed.</source>
        <translation>Импорт {name} выведет из употребления все коды {scope}: {retired} выведено, {removed} удалено.</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Импорт кодовой книги</translation>
    </message>
    <message>
        <source>Is this the right file? A codebook file without its codes looks just like this. Codes that annotations use are kept as retired, and Edit ▸ Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Это правильный файл? Файл кодовой книги без кодов выглядит именно так. Коды, используемые аннотациями, сохраняются как выведенные из употребления, а Правка ▸ Отменить (Ctrl+Z) отменяет весь импорт.</translation>
    </message>
    <message>
        <source>Import Anyway</source>
        <translation>Всё равно импортировать</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Import codebook {name}</source>
        <translation>импорт кодовой книги {name}</translation>
    </message>
    <message>
        <source>{message} (Ctrl+Z undoes the import).</source>
        <translation>{message} (Ctrl+Z отменяет импорт).</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>&lt;i&gt;Point at a code to read its definition, when to use it and examples.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Наведите указатель на код, чтобы прочитать его определение, когда его применять, и примеры.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Use when: </source>
        <translation>Когда применять: </translation>
    </message>
    <message>
        <source>Not when: </source>
        <translation>Когда не применять: </translation>
    </message>
    <message>
        <source>Example: </source>
        <translation>Пример: </translation>
    </message>
    <message>
        <source>Select text, then press a code&apos;s key or click the code. Enter sets every variable at once.</source>
        <translation>Выделите текст, затем нажмите клавишу кода или щёлкните код. Enter задаёт сразу все переменные.</translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation>Найти код</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
</context>
<context>
    <name>CodebookTransfer</name>
    <message>
        <source>Codebook workbook (*.xlsx);;REFI-QDA codebook for MAXQDA, ATLAS.ti, NVivo (*.qdc);;Printable codebook (*.html)</source>
        <translation>Кодовая книга Excel (*.xlsx);;Кодовая книга REFI-QDA для MAXQDA, ATLAS.ti, NVivo (*.qdc);;Кодовая книга для печати (*.html)</translation>
    </message>
    <message>
        <source>REFI-QDA codebook with unique names, for QualCoder (*.qdc)</source>
        <translation>Кодовая книга REFI-QDA с уникальными именами, для QualCoder (*.qdc)</translation>
    </message>
    <message>
        <source>Codebooks (*.xlsx *.qdc *.json);;All files (*)</source>
        <translation>Кодовые книги (*.xlsx *.qdc *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Экспорт кодовой книги</translation>
    </message>
    <message>
        <source>Wrote {name}: {variables}, {codes}.</source>
        <translation>Записан файл {name}: {variables}, {codes}.</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n переменная</numerusform>
            <numerusform>%n переменные</numerusform>
            <numerusform>%n переменных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n код</numerusform>
            <numerusform>%n кода</numerusform>
            <numerusform>%n кодов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoderCopiesDialog</name>
    <message>
        <source>Create coder copies</source>
        <translation>Создать копии для кодировщиков</translation>
    </message>
    <message>
        <source>Each coder gets a copy of this project with the same articles and codebook, with their name preset. Coders work blind to each other; bring their files back with &lt;b&gt;File → Merge Coder Projects…&lt;/b&gt; or &lt;b&gt;Import Coder Project…&lt;/b&gt;.</source>
        <translation>Каждый кодировщик получает копию этого проекта с теми же статьями и кодовой книгой и со своим именем. Кодировщики работают вслепую друг от друга; верните их файлы через &lt;b&gt;Файл → Объединить проекты кодировщиков…&lt;/b&gt; или &lt;b&gt;Импортировать проект кодировщика…&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>New coders, e.g. carol, dave</source>
        <translation>Новые кодировщики, напр. carol, dave</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>coder copies</source>
        <translation>копии кодировщиков</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Also copy the annotations already in this project (all coders&apos; — not blind)</source>
        <translation>Также скопировать уже имеющиеся аннотации (всех кодировщиков — не вслепую)</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Кодировщики:</translation>
    </message>
    <message>
        <source>Save copies in:</source>
        <translation>Сохранить копии в:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <source>Create Copies</source>
        <translation>Создать копии</translation>
    </message>
    <message>
        <source>Folder for the coder copies</source>
        <translation>Папка для копий кодировщиков</translation>
    </message>
    <message>
        <source>Tick or add at least one coder.</source>
        <translation>Отметьте или добавьте хотя бы одного кодировщика.</translation>
    </message>
</context>
<context>
    <name>CoderWorkflows</name>
    <message>
        <source>Coder copies</source>
        <translation>Копии кодировщиков</translation>
    </message>
    <message>
        <source>Coder copies are files made from a project file. The coders of this team project open it on the server instead; to make a file of it, use `annotator copy {location} FILE`.</source>
        <translation>Копии для кодировщиков — это файлы, создаваемые из файла проекта. Кодировщики этого общего проекта открывают его прямо на сервере; чтобы сделать из него файл, выполните `annotator copy {location} ФАЙЛ`.</translation>
    </message>
    <message>
        <source>Cancelled. This project was not changed; copies written before you cancelled:
{files}</source>
        <translation>Отменено. Этот проект не изменён; копии, записанные до отмены:
{files}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message numerus="yes">
        <source>%n coder copies in {folder}:
{files}

Give each coder their file; merge them back with File → Merge Coder Projects….</source>
        <translation>
            <numerusform>%n копия для кодировщика в {folder}:
{files}

Отдайте каждому кодировщику его файл; объедините их затем через Файл → Объединить проекты кодировщиков….</numerusform>
            <numerusform>%n копии для кодировщиков в {folder}:
{files}

Отдайте каждому кодировщику его файл; объедините их затем через Файл → Объединить проекты кодировщиков….</numerusform>
            <numerusform>%n копий для кодировщиков в {folder}:
{files}

Отдайте каждому кодировщику его файл; объедините их затем через Файл → Объединить проекты кодировщиков….</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing one project per coder…</source>
        <translation>Запись отдельного проекта для каждого кодировщика…</translation>
    </message>
    <message>
        <source>Writing coder copies</source>
        <translation>Запись копий кодировщиков</translation>
    </message>
    <message>
        <source>The coder copies were not made</source>
        <translation>Копии кодировщиков не созданы</translation>
    </message>
    <message>
        <source>Coders&apos; project files</source>
        <translation>Файлы проектов кодировщиков</translation>
    </message>
    <message>
        <source>The projects were not merged</source>
        <translation>Проекты не объединены</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Merging the coders&apos; projects…</source>
        <translation>Объединение проектов кодировщиков…</translation>
    </message>
    <message>
        <source>A merge</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Cancelled: no merged project was written.</source>
        <translation>Отменено: объединённый проект не записан.</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <source>Merged {files} into {name}: {documents} and {annotations}.

Open the merged project now?</source>
        <translation>{files} объединены в {name}: {documents} и {annotations}.

Открыть объединённый проект сейчас?</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n аннотация</numerusform>
            <numerusform>%n аннотации</numerusform>
            <numerusform>%n аннотаций</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into {path}</source>
        <translation>Объединено в {path}</translation>
    </message>
    <message>
        <source>Import coder project</source>
        <translation>Импорт проекта кодировщика</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
    <message>
        <source>Nothing new: everything was already here.</source>
        <translation>Ничего нового: всё уже было здесь.</translation>
    </message>
    <message>
        <source>The merge was not undone</source>
        <translation>Объединение не отменено</translation>
    </message>
    <message>
        <source>Imported {annotations} and {documents} from {files} (Ctrl+Z undoes it).</source>
        <translation>Импортировано из {files}: {annotations} и {documents} (Ctrl+Z отменяет).</translation>
    </message>
    <message>
        <source>Export codings</source>
        <translation>Экспорт кодировок</translation>
    </message>
    <message>
        <source>Cancelled: {name} was not written.</source>
        <translation>Отменено: {name} не записан.</translation>
    </message>
    <message>
        <source>Wrote {path}: {annotations} by {coders} in {documents}.</source>
        <translation>Записан файл {path}: {annotations} ({coders}); {documents}.</translation>
    </message>
    <message>
        <source>no coders</source>
        <translation>нет кодировщиков</translation>
    </message>
    <message numerus="yes">
        <source>

%n cell(s) starting with = + - @, a tab or a line break have a leading &apos; so that spreadsheets show them as text (tick &quot;Exact text&quot; for R, SPSS, Stata).</source>
        <translation>
            <numerusform>

%n ячейка, начинающаяся с = + - @, табуляции или перевода строки, получила ведущий &apos;, чтобы таблицы показывали её как текст (для R, SPSS, Stata отметьте «Точный текст»).</numerusform>
            <numerusform>

%n ячейки, начинающиеся с = + - @, табуляции или перевода строки, получили ведущий &apos;, чтобы таблицы показывали их как текст (для R, SPSS, Stata отметьте «Точный текст»).</numerusform>
            <numerusform>

%n ячеек, начинающихся с = + - @, табуляции или перевода строки, получили ведущий &apos;, чтобы таблицы показывали их как текст (для R, SPSS, Stata отметьте «Точный текст»).</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <source>An export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>The codings were not exported</source>
        <translation>Кодировки не экспортированы</translation>
    </message>
</context>
<context>
    <name>CodingPopup</name>
    <message>
        <source>Code span</source>
        <translation>Кодирование фрагмента</translation>
    </message>
    <message>
        <source>{variable}:</source>
        <translation>{variable}:</translation>
    </message>
    <message>
        <source>A note for yourself or the team</source>
        <translation>Заметка для себя или для команды</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Мемо:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Закодировать</translation>
    </message>
    <message>
        <source>type to search, or a new name</source>
        <translation>введите для поиска или новое название</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>введите для поиска</translation>
    </message>
    <message>
        <source>New {noun} under:</source>
        <translation>Новый код ({noun}) под:</translation>
    </message>
    <message>
        <source>“{label}” is not in the codebook yet: it is added under the code chosen here</source>
        <translation>«{label}» ещё нет в кодовой книге: он будет добавлен под выбранный здесь код</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <source>{variable}: “{text}” could be {candidates}; type more of it.</source>
        <translation>{variable}: «{text}» может означать {candidates}; введите больше символов.</translation>
    </message>
    <message>
        <source>{variable} has no code “{label}”; choose one from the list.</source>
        <translation>В {variable} нет кода «{label}»; выберите код из списка.</translation>
    </message>
</context>
<context>
    <name>CodingStep</name>
    <message>
        <source>{variable}: {code} {quote}</source>
        <translation>{variable}: {code} {quote}</translation>
    </message>
    <message>
        <source>{variable}: {code} on {quote}</source>
        <translation>{variable}: {code} (вкл.) {quote}</translation>
    </message>
    <message>
        <source>{variable}: {code} off {quote}</source>
        <translation>{variable}: {code} (выкл.) {quote}</translation>
    </message>
</context>
<context>
    <name>CodingStripes</name>
    <message>
        <source>Coded by {coder}</source>
        <translation>Кодировщик: {coder}</translation>
    </message>
    <message>
        <source>{variable}: {codes}</source>
        <translation>{variable}: {codes}</translation>
    </message>
    <message>
        <source>No codes yet</source>
        <translation>Кодов пока нет</translation>
    </message>
    <message>
        <source>Memo: {memo}</source>
        <translation>Мемо: {memo}</translation>
    </message>
    <message>
        <source>Edit Annotation…</source>
        <translation>Изменить аннотацию…</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Удалить аннотацию</translation>
    </message>
    <message>
        <source>Coded by {coder} (read only)</source>
        <translation>Кодировщик: {coder} (только просмотр)</translation>
    </message>
</context>
<context>
    <name>ColourByMenu</name>
    <message>
        <source>Colour &amp;By</source>
        <translation>&amp;Цвет по</translation>
    </message>
    <message>
        <source>Which codes (or coders) the highlights show</source>
        <translation>Какие коды (или каких кодировщиков) показывает подсветка</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Кодировщик</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ ещё %n</numerusform>
            <numerusform>+ ещё %n</numerusform>
            <numerusform>+ ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Кодировщики:</translation>
    </message>
    <message>
        <source>The colours of the highlights in this document</source>
        <translation>Цвета подсветки в этом документе</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Columns of {name}</source>
        <translation>Столбцы {name}</translation>
    </message>
    <message>
        <source>Each row of this table becomes one article. Choose the column that holds the article text and, where there are any, the columns for its metadata. Other columns are kept as extra metadata.</source>
        <translation>Каждая строка этой таблицы становится статьёй. Выберите столбец с текстом статьи и, если есть, столбцы с её метаданными. Остальные столбцы сохраняются как дополнительные метаданные.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>{role} (required):</source>
        <translation>{role} (обязательно):</translation>
    </message>
    <message>
        <source>{role}:</source>
        <translation>{role}:</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) (sheet {sheet}):</source>
        <translation>
            <numerusform>Первая %n строка (лист {sheet}):</numerusform>
            <numerusform>Первые %n строки (лист {sheet}):</numerusform>
            <numerusform>Первые %n строк (лист {sheet}):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s):</source>
        <translation>
            <numerusform>Первая %n строка:</numerusform>
            <numerusform>Первые %n строки:</numerusform>
            <numerusform>Первые %n строк:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the article text.</source>
        <translation>Выберите столбец с текстом статьи.</translation>
    </message>
    <message>
        <source>One column is chosen for two roles.</source>
        <translation>Один столбец выбран для двух ролей.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection to the server lost — reconnecting… Editing is paused.</source>
        <translation>Соединение с сервером потеряно — переподключение… Редактирование приостановлено.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>The details were written to &lt;b&gt;{path}&lt;/b&gt;.</source>
        <translation>Подробности записаны в &lt;b&gt;{path}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The log file could not be written.</source>
        <translation>Не удалось записать файл журнала.</translation>
    </message>
    <message>
        <source>&lt;p&gt;{app} hit an unexpected problem:&lt;br&gt;&lt;b&gt;{summary}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your saved work is safe: every change is stored the moment you make it. {where} Please report the problem with these details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{app} столкнулся с непредвиденной проблемой:&lt;br&gt;&lt;b&gt;{summary}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ваша сохранённая работа в безопасности: каждое изменение сохраняется в момент его внесения. {where} Пожалуйста, сообщите о проблеме, приложив эти подробности.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>CreateAnnotation</name>
    <message>
        <source>Code span {quote}</source>
        <translation>кодирование фрагмента {quote}</translation>
    </message>
</context>
<context>
    <name>DeleteAnnotation</name>
    <message>
        <source>Delete span {quote}</source>
        <translation>удаление фрагмента {quote}</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete “{label}”</source>
        <translation>Удалить «{label}»</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{label}&lt;/b&gt; is used by %n annotation(s). Coders&apos; work is never deleted silently — choose what happens to them:</source>
        <translation>
            <numerusform>&lt;b&gt;{label}&lt;/b&gt; используется в %n аннотации. Работа кодировщиков никогда не удаляется молча — выберите, что с ней будет:</numerusform>
            <numerusform>&lt;b&gt;{label}&lt;/b&gt; используется в %n аннотациях. Работа кодировщиков никогда не удаляется молча — выберите, что с ними будет:</numerusform>
            <numerusform>&lt;b&gt;{label}&lt;/b&gt; используется в %n аннотациях. Работа кодировщиков никогда не удаляется молча — выберите, что с ними будет:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into another code (its annotations are recoded):</source>
        <translation>Объединить с другим кодом (его аннотации перекодируются):</translation>
    </message>
    <message>
        <source>Retire it (kept for existing annotations, hidden from coding; can be reinstated)</source>
        <translation>Вывести из употребления (сохраняется для существующих аннотаций, скрыт при кодировании; можно восстановить)</translation>
    </message>
    <message numerus="yes">
        <source>Either way %n annotation(s) are touched. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>В любом случае затрагивается %n аннотация. Отмена — Ctrl+Z.</numerusform>
            <numerusform>В любом случае затрагиваются %n аннотации. Отмена — Ctrl+Z.</numerusform>
            <numerusform>В любом случае затрагиваются %n аннотаций. Отмена — Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <source>Differs in</source>
        <translation>Расходится в</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Разрешено</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>not marked by {coders}</source>
        <translation>не отмечено: {coders}</translation>
    </message>
    <message>
        <source>✓ {coder}&apos;s version</source>
        <translation>✓ версия {coder}</translation>
    </message>
    <message>
        <source>✓ edited ({coder})</source>
        <translation>✓ изменено ({coder})</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>✓ rejected</source>
        <translation>✓ отклонено</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Not started</source>
        <translation>Не начат</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>no document has a field “{name}”</source>
        <translation>ни у одного документа нет поля «{name}»</translation>
    </message>
    <message>
        <source>Your annotations in the document</source>
        <translation>Ваши аннотации в документе</translation>
    </message>
</context>
<context>
    <name>DocumentMenu</name>
    <message>
        <source>Edit Metadata…</source>
        <translation>Изменить метаданные…</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Document(s)…</source>
        <translation>
            <numerusform>Удалить %n документ…</numerusform>
            <numerusform>Удалить %n документа…</numerusform>
            <numerusform>Удалить %n документов…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <source>Filter: words, outlet:…, lang:ru, date:2022-01..2022-06, section:…</source>
        <extracomment>The field names (outlet:, lang:, date:, section:) stay: the filter reads them.</extracomment>
        <translation>Фильтр: слова, outlet:…, lang:ru, date:2022-01..2022-06, section:…</translation>
    </message>
    <message>
        <source>Words match the title or outlet. Fields:
  outlet:guardian   author:smith   lang:ru   lang:en,de   title:gas
  date:2022-03-05   date:2022-03   date:2022-01-01..2022-06-30   date:2023..
  section:politics  (any extra field, e.g. a spreadsheet column)
  section:*  has the field;  -outlet:mail  excludes;  outlet:&quot;new york times&quot;</source>
        <extracomment>The field names before a colon stay as they are: the filter reads them.</extracomment>
        <translation>Слова ищутся в заголовке и издании. Поля:
  outlet:guardian   author:smith   lang:ru   lang:en,de   title:gas
  date:2022-03-05   date:2022-03   date:2022-01-01..2022-06-30   date:2023..
  section:politics  (любое дополнительное поле, напр. столбец таблицы)
  section:*  поле есть;  -outlet:mail  исключает;  outlet:&quot;new york times&quot;</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Все издания</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Мои документы</translation>
    </message>
    <message>
        <source>Only the documents assigned to you</source>
        <translation>Только документы, назначенные вам</translation>
    </message>
    <message>
        <source>Only the documents of one assignment set</source>
        <translation>Только документы одного набора заданий</translation>
    </message>
    <message>
        <source>All sets</source>
        <translation>Все наборы</translation>
    </message>
    <message>
        <source>(no outlet)</source>
        <translation>(без издания)</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n done</source>
        <translation>
            <numerusform>готово {done} из %n</numerusform>
            <numerusform>готово {done} из %n</numerusform>
            <numerusform>готово {done} из %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Документов пока нет</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n document(s)</source>
        <translation>
            <numerusform>{shown} из %n документа</numerusform>
            <numerusform>{shown} из %n документов</numerusform>
            <numerusform>{shown} из %n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentRemoval</name>
    <message>
        <source>Remove “{title}”?</source>
        <translation>Удалить «{title}»?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s)?</source>
        <translation>
            <numerusform>Удалить %n документ?</numerusform>
            <numerusform>Удалить %n документа?</numerusform>
            <numerusform>Удалить %n документов?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{annotations} by {coders} will be lost with them.</source>
        <translation>
            <numerusform>Вместе с ним будет потеряно: {annotations} ({coders}).</numerusform>
            <numerusform>Вместе с ними будет потеряно: {annotations} ({coders}).</numerusform>
            <numerusform>Вместе с ними будет потеряно: {annotations} ({coders}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n аннотация</numerusform>
            <numerusform>%n аннотации</numerusform>
            <numerusform>%n аннотаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No one has coded them yet.</source>
        <translation>
            <numerusform>Его ещё никто не кодировал.</numerusform>
            <numerusform>Их ещё никто не кодировал.</numerusform>
            <numerusform>Их ещё никто не кодировал.</numerusform>
        </translation>
    </message>
    <message>
        <source>{detail} Edit ▸ Undo (Ctrl+Z) brings everything back.</source>
        <translation>{detail} Правка ▸ Отменить (Ctrl+Z) вернёт всё обратно.</translation>
    </message>
    <message>
        <source>The documents were not changed</source>
        <translation>Документы не изменены</translation>
    </message>
    <message>
        <source>Remove documents</source>
        <translation>Удаление документов</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n document(s) (Ctrl+Z undoes it).</source>
        <translation>
            <numerusform>Удалён %n документ (Ctrl+Z отменяет).</numerusform>
            <numerusform>Удалено %n документа (Ctrl+Z отменяет).</numerusform>
            <numerusform>Удалено %n документов (Ctrl+Z отменяет).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s) (Ctrl+Z undoes the import).</source>
        <translation>
            <numerusform>Импортирована %n статья (Ctrl+Z отменяет импорт).</numerusform>
            <numerusform>Импортировано %n статьи (Ctrl+Z отменяет импорт).</numerusform>
            <numerusform>Импортировано %n статей (Ctrl+Z отменяет импорт).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneChart</name>
    <message>
        <source>Documents done per day</source>
        <translation>Готовые документы по дням</translation>
    </message>
    <message>
        <source>No document marked done yet.</source>
        <translation>Пока ни один документ не отмечен как готовый.</translation>
    </message>
</context>
<context>
    <name>EditMetadata</name>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>other fields</source>
        <translation>другие поля</translation>
    </message>
    <message>
        <source>Edit metadata ({fields})</source>
        <translation>изменение метаданных ({fields})</translation>
    </message>
</context>
<context>
    <name>ExchangeReportDialog</name>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Копировать отчёт</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): one row per annotation, plus documents, coders, the codebook and a document × code count sheet</source>
        <translation>Книга Excel (.xlsx): строка на каждую аннотацию, а также документы, кодировщики, кодовая книга и лист частот «документ × код»</translation>
    </message>
    <message>
        <source>CSV for R, SPSS or Stata (.csv)</source>
        <translation>CSV для R, SPSS или Stata (.csv)</translation>
    </message>
    <message>
        <source>CSV for R, SPSS or Stata (.csv): one row per annotation and value, UTF-8</source>
        <translation>CSV для R, SPSS или Stata (.csv): строка на каждую аннотацию и значение, UTF-8</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for R, SPSS, Stata (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV для R, SPSS, Stata (*.csv)</translation>
    </message>
    <message>
        <source>Export codings</source>
        <translation>Экспорт кодировок</translation>
    </message>
    <message>
        <source>Exact text for R, SPSS, Stata (not for spreadsheets)</source>
        <translation>Точный текст для R, SPSS, Stata (не для электронных таблиц)</translation>
    </message>
    <message>
        <source>Off: a cell starting with = + - @, a tab or a line break gets a leading &apos; so that Excel or LibreOffice shows it as text instead of running it as a formula.
On: every cell is written exactly as stored, for analysis software; do not open that file in a spreadsheet program.</source>
        <translation>Выключено: ячейка, начинающаяся с = + - @, табуляции или перевода строки, получает ведущий &apos;, чтобы Excel или LibreOffice показывали её как текст, а не выполняли как формулу.
Включено: каждая ячейка записывается точно как сохранена, для программ анализа; не открывайте такой файл в табличном редакторе.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> символов</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Кодировщики:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <source>Context before/after:</source>
        <translation>Контекст до/после:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <source>Others changed this project on the server; the window shows their changes.</source>
        <translation>Другие изменили этот проект на сервере; окно показывает их изменения.</translation>
    </message>
    <message>
        <source>Another program changed this project; the window shows its changes.</source>
        <translation>Другая программа изменила этот проект; окно показывает её изменения.</translation>
    </message>
    <message>
        <source>“%1” was removed by another program.</source>
        <translation>«%1» удалён другой программой.</translation>
    </message>
</context>
<context>
    <name>ExtraFieldsEditor</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Добавить поле</translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation>Удалить поле</translation>
    </message>
    <message>
        <source>the new field with the value “{value}” needs a name</source>
        <translation>новому полю со значением «{value}» нужно имя</translation>
    </message>
    <message>
        <source>there are two fields called “{name}”; give one another name</source>
        <translation>есть два поля с именем «{name}»; переименуйте одно из них</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article</source>
        <translation>Найти в этой статье</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Учитывать регистр</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} из {total}</translation>
    </message>
</context>
<context>
    <name>FrequenciesWindow</name>
    <message>
        <source>Frequencies</source>
        <translation>Частоты</translation>
    </message>
    <message>
        <source>Counting frequencies</source>
        <translation>Подсчёт частот</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Строки:</translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>Ст&amp;олбцы:</translation>
    </message>
    <message>
        <source>Coded spans</source>
        <translation>Закодированные фрагменты</translation>
    </message>
    <message>
        <source>Documents with spans</source>
        <translation>Документы с фрагментами</translation>
    </message>
    <message>
        <source>Co&amp;unt:</source>
        <translation>Сч&amp;итать:</translation>
    </message>
    <message>
        <source>Counts with totals</source>
        <translation>Числа с итогами</translation>
    </message>
    <message>
        <source>Row percentages</source>
        <translation>Проценты по строкам</translation>
    </message>
    <message>
        <source>Column percentages</source>
        <translation>Проценты по столбцам</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Столбики</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Тепловая карта</translation>
    </message>
    <message>
        <source>Bars: the row codes, stacked per column value; timeline: the row codes per month (or year); heatmap: rows × columns</source>
        <translation>Столбики: коды строк, накопленные по значениям столбцов; динамика: коды строк по месяцам (или годам); тепловая карта: строки × столбцы</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Диаграмма:</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>Экспорт &amp;таблицы…</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>Экспорт диа&amp;граммы…</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Кодировщик</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Nothing to show: {reason}</source>
        <translation>Нечего показать: {reason}</translation>
    </message>
    <message>
        <source>coded spans</source>
        <translation>закодированные фрагменты</translation>
    </message>
    <message>
        <source>documents with spans</source>
        <translation>документы с фрагментами</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>с {first} по {last}</translation>
    </message>
    <message>
        <source>no dated documents</source>
        <translation>нет датированных документов</translation>
    </message>
    <message>
        <source>Counted: {unit} of {coders}, {period}; n = {n}. Documents dated {dates}.</source>
        <translation>Посчитано: {unit}; {coders}, {period}; n = {n}. Даты документов: {dates}.</translation>
    </message>
    <message>
        <source>A heatmap needs columns: choose outlet, month, year, coder or a variable.</source>
        <translation>Тепловой карте нужны столбцы: выберите издание, месяц, год, кодировщика или переменную.</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;CSV, one line per cell (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, строка на ячейку (*.csv)</translation>
    </message>
    <message>
        <source>The table was not written: {reason}</source>
        <translation>Таблица не записана: {reason}</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>Записан файл {name}.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The chart was not written: {reason}</source>
        <translation>Диаграмма не записана: {reason}</translation>
    </message>
</context>
<context>
    <name>FrequencyModel</name>
    <message>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>ImportCoderProject</name>
    <message>
        <source>Import coder project {names}</source>
        <translation>импорт проекта кодировщика {names}</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import codebook from {name}</source>
        <translation>Импорт кодовой книги из {name}</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Применить изменения</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{name} has %n problem(s).&lt;/b&gt; Fix them in the file (the places are given as sheet, row and column) and import again. Nothing was changed.</source>
        <translation>
            <numerusform>&lt;b&gt;В {name} %n проблема.&lt;/b&gt; Исправьте её в файле (место указано как лист, строка и столбец) и импортируйте снова. Ничего не изменено.</numerusform>
            <numerusform>&lt;b&gt;В {name} %n проблемы.&lt;/b&gt; Исправьте их в файле (места указаны как лист, строка и столбец) и импортируйте снова. Ничего не изменено.</numerusform>
            <numerusform>&lt;b&gt;В {name} %n проблем.&lt;/b&gt; Исправьте их в файле (места указаны как лист, строка и столбец) и импортируйте снова. Ничего не изменено.</numerusform>
        </translation>
    </message>
    <message>
        <source>The codebook already matches {name}; there is nothing to change.</source>
        <translation>Кодовая книга уже совпадает с {name}; менять нечего.</translation>
    </message>
    <message numerus="yes">
        <source>Importing &lt;b&gt;{name}&lt;/b&gt; would make these %n change(s). Codes that annotations use are never deleted (they are retired). You can undo the whole import with Ctrl+Z.</source>
        <translation>
            <numerusform>Импорт &lt;b&gt;{name}&lt;/b&gt; внесёт %n изменение. Коды, используемые аннотациями, никогда не удаляются (они выводятся из употребления). Весь импорт можно отменить сочетанием Ctrl+Z.</numerusform>
            <numerusform>Импорт &lt;b&gt;{name}&lt;/b&gt; внесёт %n изменения. Коды, используемые аннотациями, никогда не удаляются (они выводятся из употребления). Весь импорт можно отменить сочетанием Ctrl+Z.</numerusform>
            <numerusform>Импорт &lt;b&gt;{name}&lt;/b&gt; внесёт %n изменений. Коды, используемые аннотациями, никогда не удаляются (они выводятся из употребления). Весь импорт можно отменить сочетанием Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped: {what}</source>
        <translation>Сопоставлено: {what}</translation>
    </message>
    <message>
        <source>How the code system of {name} fits Annotator&apos;s codebook:</source>
        <translation>Как система кодов из {name} перенесена в кодовую книгу Annotator:</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Import articles — preview</source>
        <translation>Импорт статей — предпросмотр</translation>
    </message>
    <message>
        <source>Clean scraped pages: remove menus, captions, “Subscribe” and other page clutter</source>
        <translation>Очищать скачанные страницы: убирать меню, подписи, «Подписаться» и прочий мусор</translation>
    </message>
    <message>
        <source>File / article</source>
        <translation>Файл / статья</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Будет</translation>
    </message>
    <message>
        <source>Map Spreadsheet Columns…</source>
        <translation>Сопоставить столбцы таблицы…</translation>
    </message>
    <message>
        <source>Choose which spreadsheet column holds the text, title, date…</source>
        <translation>Выберите, в каком столбце таблицы текст, заголовок, дата…</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Text as it will be stored</source>
        <translation>Текст в том виде, в каком он будет сохранён</translation>
    </message>
    <message>
        <source>As received</source>
        <translation>Как получено</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n new article(s)&lt;/b&gt; will be imported</source>
        <translation>
            <numerusform>Будет импортирована &lt;b&gt;%n новая статья&lt;/b&gt;</numerusform>
            <numerusform>Будут импортированы &lt;b&gt;%n новые статьи&lt;/b&gt;</numerusform>
            <numerusform>Будет импортировано &lt;b&gt;%n новых статей&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project (skipped)</source>
        <translation>
            <numerusform>%n уже в проекте (пропущена)</numerusform>
            <numerusform>%n уже в проекте (пропущены)</numerusform>
            <numerusform>%n уже в проекте (пропущены)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported</source>
        <translation>
            <numerusform>%n файл невозможно импортировать</numerusform>
            <numerusform>%n файла невозможно импортировать</numerusform>
            <numerusform>%n файлов невозможно импортировать</numerusform>
        </translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Article(s)</source>
        <translation>
            <numerusform>Импортировать %n статью</numerusform>
            <numerusform>Импортировать %n статьи</numerusform>
            <numerusform>Импортировать %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: already in the project (#{number})</source>
        <translation>пропущено: уже в проекте (№{number})</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <source>not imported: {reason}</source>
        <translation>не импортировано: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}

This file cannot be imported: {reason}</source>
        <translation>{path}

Этот файл невозможно импортировать: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{name} holds %n article(s); select one to see its text.</source>
        <translation>
            <numerusform>В {name} %n статья; выберите её, чтобы увидеть текст.</numerusform>
            <numerusform>В {name} %n статьи; выберите одну, чтобы увидеть её текст.</numerusform>
            <numerusform>В {name} %n статей; выберите одну, чтобы увидеть её текст.</numerusform>
        </translation>
    </message>
    <message>
        <source>(the same as the stored text)</source>
        <translation>(совпадает с сохраняемым текстом)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Чтение файлов…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Не импортировано ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Check these (%n)</source>
        <translation>
            <numerusform>Проверьте (%n)</numerusform>
            <numerusform>Проверьте (%n)</numerusform>
            <numerusform>Проверьте (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>#{number} “{title}”: {warning}</source>
        <translation>№{number} «{title}»: {warning}</translation>
    </message>
    <message>
        <source>Already in the project ({count})</source>
        <translation>Уже в проекте ({count})</translation>
    </message>
    <message>
        <source>“{title}” — same text as document #{number}</source>
        <translation>«{title}» — тот же текст, что в документе №{number}</translation>
    </message>
    <message>
        <source>Imported ({count})</source>
        <translation>Импортировано ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n статья импортирована</numerusform>
            <numerusform>%n статьи импортированы</numerusform>
            <numerusform>%n статей импортировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project (skipped)</source>
        <translation>
            <numerusform>%n уже в проекте (пропущена)</numerusform>
            <numerusform>%n уже в проекте (пропущены)</numerusform>
            <numerusform>%n уже в проекте (пропущены)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported</source>
        <translation>
            <numerusform>%n файл не удалось импортировать</numerusform>
            <numerusform>%n файла не удалось импортировать</numerusform>
            <numerusform>%n файлов не удалось импортировать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n на проверку</numerusform>
            <numerusform>%n на проверку</numerusform>
            <numerusform>%n на проверку</numerusform>
        </translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <source>Import cancelled: the files stored before the cancel are in the project, each one whole (Edit → Undo removes them); the rest were not imported.
{summary}</source>
        <translation>Импорт отменён: файлы, сохранённые до отмены, целиком находятся в проекте (Правка → Отменить удалит их); остальные не импортированы.
{summary}</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>The running {app} could not read the request.</source>
        <translation>Запущенный {app} не смог прочитать запрос.</translation>
    </message>
    <message>
        <source>The running {app} could not take the request (see its log).</source>
        <translation>Запущенный {app} не смог принять запрос (см. его журнал).</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancelling… nothing more will be changed.</source>
        <translation>Отмена… больше ничего не будет изменено.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>{app} will be shown in {language} after a restart.</source>
        <translation>После перезапуска {app} будет на языке: {language}.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Arabic</source>
        <translation>арабский</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>чешский</translation>
    </message>
    <message>
        <source>German</source>
        <translation>немецкий</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>испанский</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французский</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>иврит</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>итальянский</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>японский</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>нидерландский</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>польский</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>португальский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>турецкий</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украинский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
</context>
<context>
    <name>MachineCodingDialog</name>
    <message>
        <source>Machine coding</source>
        <translation>Машинное кодирование</translation>
    </message>
    <message>
        <source>A language model codes the documents along the codebook as a machine coder. Every span it returns is checked against the text; its codings show as suggestions (View ▸ Show Machine Suggestions) and are compared with the coders&apos; in Inter-coder Agreement.</source>
        <translation>Языковая модель кодирует документы по кодовой книге как машинный кодировщик. Каждый возвращённый фрагмент сверяется с текстом; её кодировки показываются как предложения (Вид ▸ Предложения машинных кодировщиков) и сравниваются с кодировками людей в разделе «Согласие кодировщиков».</translation>
    </message>
    <message>
        <source>e.g. llama3.1:8b</source>
        <translation>например, llama3.1:8b</translation>
    </message>
    <message>
        <source>e.g. OPENAI_API_KEY (optional)</source>
        <translation>например, OPENAI_API_KEY (необязательно)</translation>
    </message>
    <message>
        <source>The name of an environment variable holding the API key (without one, a hosted endpoint&apos;s key comes from the system keyring, if installed). The key is read when the run starts; it is never stored or shown.</source>
        <translation>Имя переменной окружения, в которой хранится ключ API (без неё ключ удалённого адреса берётся из системного хранилища ключей, если оно установлено). Ключ читается при запуске; он никогда не сохраняется и не показывается.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Адрес API:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>API key from:</source>
        <translation>Ключ API из:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <source>Variables:</source>
        <translation>Переменные:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>The assignment set</source>
        <translation>Набор заданий</translation>
    </message>
    <message numerus="yes">
        <source>The %n document(s) the list&apos;s filter shows</source>
        <translation>
            <numerusform>%n документ, показанный фильтром списка</numerusform>
            <numerusform>%n документа, показанные фильтром списка</numerusform>
            <numerusform>%n документов, показанных фильтром списка</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected document(s)</source>
        <translation>
            <numerusform>%n выбранный документ</numerusform>
            <numerusform>%n выбранных документа</numerusform>
            <numerusform>%n выбранных документов</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one variable.</source>
        <translation>Выберите хотя бы одну переменную.</translation>
    </message>
    <message>
        <source>Name the model to see what a run would send.</source>
        <translation>Укажите модель, чтобы увидеть, что будет отправлено.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to send</source>
        <translation>
            <numerusform>%n документ к отправке</numerusform>
            <numerusform>%n документа к отправке</numerusform>
            <numerusform>%n документов к отправке</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} answered from the cache</source>
        <translation>из кэша: {count}</translation>
    </message>
    <message>
        <source>{count} already coded</source>
        <translation>уже закодировано: {count}</translation>
    </message>
    <message>
        <source>{documents}, {cached}, {done}: about {tokens} tokens (prompt and answer; one token per 4 characters).</source>
        <translation>{documents}, {cached}, {done}: около {tokens} токенов (запрос и ответ; один токен на 4 символа).</translation>
    </message>
    <message>
        <source>{host} is this computer: the article texts stay on it.</source>
        <translation>{host} — этот компьютер: тексты статей остаются на нём.</translation>
    </message>
    <message>
        <source>The article texts will be sent to {host}, which is not this computer: they leave the machine and the service&apos;s terms apply to them.</source>
        <translation>Тексты статей будут отправлены на {host}, а это не этот компьютер: они покидают машину, и к ним применяются условия сервиса.</translation>
    </message>
    <message>
        <source>Send the articles?</source>
        <translation>Отправить статьи?</translation>
    </message>
    <message>
        <source>Send them and code?</source>
        <translation>Отправить и закодировать?</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Ничего не отправлено.</translation>
    </message>
    <message>
        <source>Coding with {model}…</source>
        <translation>Кодирование с {model}…</translation>
    </message>
    <message>
        <source>Nothing more was coded: {reason}</source>
        <translation>Больше ничего не закодировано: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Coded {coded} of %n document(s) as {coder}.</source>
        <translation>
            <numerusform>Закодировано {coded} из %n документа как {coder}.</numerusform>
            <numerusform>Закодировано {coded} из %n документов как {coder}.</numerusform>
            <numerusform>Закодировано {coded} из %n документов как {coder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{sent} sent, {cached} from the cache, {already} already coded, {answers} answer(s) rejected, {left} left.</source>
        <translation>отправлено: {sent}, из кэша: {cached}, уже закодировано: {already}, отклонено ответов: {answers}, осталось: {left}.</translation>
    </message>
    <message>
        <source>Spans: {stored} stored ({reanchored} re-anchored), {rejected} rejected.</source>
        <translation>Фрагменты: сохранено {stored} (перепривязано {reanchored}), отклонено {rejected}.</translation>
    </message>
    <message>
        <source>Stopped: {reason}. Run again to resume.</source>
        <translation>Остановлено: {reason}. Запустите снова, чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Кодовая книга</translation>
    </message>
    <message>
        <source>Annotations in this document</source>
        <translation>Аннотации в этом документе</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Поиск по всем документам</translation>
    </message>
    <message>
        <source>Welcome! Your name as a coder (your annotations carry it; you can change it later in the File menu):</source>
        <translation>Добро пожаловать! Ваше имя кодировщика (оно стоит на ваших аннотациях; позже его можно сменить в меню «Файл»):</translation>
    </message>
    <message>
        <source>Your name as a coder:</source>
        <translation>Ваше имя кодировщика:</translation>
    </message>
    <message>
        <source>Coder name</source>
        <translation>Имя кодировщика</translation>
    </message>
    <message>
        <source>No coder name</source>
        <translation>Нет имени кодировщика</translation>
    </message>
    <message>
        <source>Annotator needs your name before you can code.</source>
        <translation>Чтобы кодировать, Annotator нужно ваше имя.</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Не удалось открыть проект</translation>
    </message>
    <message>
        <source>no coder name</source>
        <translation>нет имени кодировщика</translation>
    </message>
    <message>
        <source>Coder: {coder}</source>
        <translation>Кодировщик: {coder}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>The project could not be created</source>
        <translation>Не удалось создать проект</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>демо</translation>
    </message>
    <message>
        <source>The demo could not be prepared</source>
        <translation>Не удалось подготовить демо</translation>
    </message>
    <message numerus="yes">
        <source>Blind coding: %n span(s) by other coders hidden</source>
        <translation>
            <numerusform>Слепое кодирование: скрыт %n фрагмент других кодировщиков</numerusform>
            <numerusform>Слепое кодирование: скрыто %n фрагмента других кодировщиков</numerusform>
            <numerusform>Слепое кодирование: скрыто %n фрагментов других кодировщиков</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Code news articles along a codebook, merge coders&apos; work and measure their agreement.&lt;/p&gt;&lt;p&gt;Free and open source (MIT).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Кодирование новостных статей по кодовой книге, объединение работы кодировщиков и измерение их согласия.&lt;/p&gt;&lt;p&gt;Свободная программа с открытым исходным кодом (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Annotator projects (*{suffix});;All files (*)</source>
        <translation>Проекты Annotator (*{suffix});;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge “{label}” into another code</source>
        <translation>Объединить «{label}» с другим кодом</translation>
    </message>
    <message>
        <source>Every annotation coded &lt;b&gt;{label}&lt;/b&gt; gets the code you choose; {label} and its place in the tree disappear (its sub-codes move under the chosen code). Undo with Ctrl+Z.</source>
        <translation>Каждая аннотация с кодом &lt;b&gt;{label}&lt;/b&gt; получит выбранный код; {label} и его место в дереве исчезнут (его подкоды перейдут под выбранный код). Отмена — Ctrl+Z.</translation>
    </message>
    <message>
        <source>This variable has no other code to merge into.</source>
        <translation>У этой переменной нет другого кода для объединения.</translation>
    </message>
    <message>
        <source>Recodes {summary}.</source>
        <translation>Перекодирует: {summary}.</translation>
    </message>
    <message numerus="yes">
        <source>Merge (%n annotation(s))</source>
        <translation>
            <numerusform>Объединить (%n аннотация)</numerusform>
            <numerusform>Объединить (%n аннотации)</numerusform>
            <numerusform>Объединить (%n аннотаций)</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotator projects (*{suffix});;All files (*)</source>
        <translation>Проекты Annotator (*{suffix});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import coder project</source>
        <translation>Импорт проекта кодировщика</translation>
    </message>
    <message>
        <source>Merge coder projects</source>
        <translation>Объединение проектов кодировщиков</translation>
    </message>
    <message>
        <source>into the open project &lt;b&gt;{name}&lt;/b&gt;, as one step you can undo</source>
        <translation>в открытый проект &lt;b&gt;{name}&lt;/b&gt; одним шагом, который можно отменить</translation>
    </message>
    <message>
        <source>into a new project file; the coders&apos; files are never changed</source>
        <translation>в новый файл проекта; файлы кодировщиков не изменяются</translation>
    </message>
    <message>
        <source>Add the coders&apos; project files, press &lt;b&gt;Check&lt;/b&gt; to see what merging would do, then merge them {where}. Documents, codes and coders are matched by their identity, not by name, so merging a file twice adds nothing.</source>
        <translation>Добавьте файлы проектов кодировщиков, нажмите &lt;b&gt;Проверить&lt;/b&gt;, чтобы увидеть, что даст объединение, затем объедините их {where}. Документы, коды и кодировщики сопоставляются по идентичности, а не по имени, поэтому повторное объединение файла ничего не добавит.</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>The report appears here after Check.</source>
        <translation>Отчёт появится здесь после проверки.</translation>
    </message>
    <message>
        <source>Where to save the merged project</source>
        <translation>Куда сохранить объединённый проект</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Merged project:</source>
        <translation>Объединённый проект:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Coders&apos; project files:</source>
        <translation>Файлы проектов кодировщиков:</translation>
    </message>
    <message>
        <source>What merging would do:</source>
        <translation>Что даст объединение:</translation>
    </message>
    <message>
        <source>Coders&apos; project files</source>
        <translation>Файлы проектов кодировщиков</translation>
    </message>
    <message>
        <source>Save the merged project</source>
        <translation>Сохранить объединённый проект</translation>
    </message>
    <message>
        <source>No report: the check did not finish.</source>
        <translation>Отчёта нет: проверка не завершилась.</translation>
    </message>
    <message>
        <source>{added} new, {matched} already there</source>
        <translation>новых: {added}, уже есть: {matched}</translation>
    </message>
    <message>
        <source>{count} not merged</source>
        <translation>не объединено: {count}</translation>
    </message>
    <message>
        <source>{coder} (new)</source>
        <translation>{coder} (новый)</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation>Аннотации:</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Кодировщики:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>{variables} and {codes} added</source>
        <translation>добавлено: {variables} и {codes}</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n переменная</numerusform>
            <numerusform>%n переменные</numerusform>
            <numerusform>%n переменных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n код</numerusform>
            <numerusform>%n кода</numerusform>
            <numerusform>%n кодов</numerusform>
        </translation>
    </message>
    <message>
        <source>Codebook:</source>
        <translation>Кодовая книга:</translation>
    </message>
    <message>
        <source>In all: {documents} and {annotations} would be added; {conflicts}.</source>
        <translation>Всего будет добавлено: {documents} и {annotations}; {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n аннотация</numerusform>
            <numerusform>%n аннотации</numerusform>
            <numerusform>%n аннотаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to add.</source>
        <translation>Добавлять нечего.</translation>
    </message>
    <message>
        <source>The files changed: press &lt;b&gt;Check&lt;/b&gt; again.</source>
        <translation>Файлы изменились: снова нажмите &lt;b&gt;Проверить&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Check the files first</source>
        <translation>Сначала проверьте файлы</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>e.g. The Guardian</source>
        <translation>напр. «Коммерсантъ»</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>a code such as en, ru or de</source>
        <translation>код вроде en, ru или de</translation>
    </message>
    <message>
        <source>Edit metadata</source>
        <translation>Изменить метаданные</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Other fields:</source>
        <translation>Другие поля:</translation>
    </message>
    <message>
        <source>The article&apos;s text cannot be changed: annotations point into it.</source>
        <translation>Текст статьи изменить нельзя: на него ссылаются аннотации.</translation>
    </message>
</context>
<context>
    <name>MetadataEditing</name>
    <message>
        <source>The document could not be read</source>
        <translation>Не удалось прочитать документ</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Нет открытого проекта.</translation>
    </message>
    <message>
        <source>The metadata was not changed</source>
        <translation>Метаданные не изменены</translation>
    </message>
</context>
<context>
    <name>NetworkWindow</name>
    <message>
        <source>Discourse Network</source>
        <translation>Дискурсная сеть</translation>
    </message>
    <message>
        <source>Drawing the network</source>
        <translation>Построение сети</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Two-mode (actors × concepts)</source>
        <translation>Двумодальная (акторы × концепты)</translation>
    </message>
    <message>
        <source>One-mode (actors via shared concepts)</source>
        <translation>Одномодальная (акторы через общие концепты)</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>&amp;Акторы:</translation>
    </message>
    <message>
        <source>Co&amp;ncepts:</source>
        <translation>Ко&amp;нцепты:</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>Квал&amp;ификатор:</translation>
    </message>
    <message>
        <source>A variable saying whether the actor agrees (e.g. claim: support or criticism)</source>
        <translation>Переменная, говорящая, согласен ли актор (например, утверждение: поддержка или критика)</translation>
    </message>
    <message>
        <source>e.g. Support or endorsement=1, Criticism or rejection=0</source>
        <translation>например, Support or endorsement=1, Criticism or rejection=0</translation>
    </message>
    <message>
        <source>Codes of the qualifier as numbers: 1 agreement, 0 disagreement</source>
        <translation>Коды квалификатора как числа: 1 согласие, 0 несогласие</translation>
    </message>
    <message>
        <source>Qualifier &amp;map:</source>
        <translation>&amp;Соответствие квалификатора:</translation>
    </message>
    <message>
        <source>A&amp;ggregation:</source>
        <translation>А&amp;грегация:</translation>
    </message>
    <message>
        <source>N&amp;ormalization:</source>
        <translation>Нор&amp;мализация:</translation>
    </message>
    <message>
        <source>How the qualifier counts (DNA&apos;s terms): ignore it; congruence or conflict: actors on the same or opposite sides of a concept; subtract: congruence minus conflict; combine: which levels an actor used</source>
        <translation>Как учитывается квалификатор (термины DNA): ignore — не учитывается; congruence или conflict — акторы на одной или на разных сторонах концепта; subtract — congruence минус conflict; combine — какие уровни использовал актор</translation>
    </message>
    <message>
        <source>Weights relative to how much the actors say (DNA&apos;s terms): average, jaccard, cosine for one-mode; activity (per actor), prominence (per concept) for two-mode</source>
        <translation>Веса относительно того, сколько говорят акторы (термины DNA): average, jaccard, cosine для одномодальной сети; activity (по актору), prominence (по концепту) для двумодальной</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>&amp;Дубликаты:</translation>
    </message>
    <message>
        <source>Which identical statements count once: include all, or one per document, week, month, year or the whole range</source>
        <translation>Какие одинаковые высказывания считаются один раз: все (include) или одно на документ, неделю, месяц, год или весь период</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>A sequence of networks over moving time windows</source>
        <translation>Последовательность сетей по скользящим временным окнам</translation>
    </message>
    <message>
        <source>Time &amp;window:</source>
        <translation>&amp;Временное окно:</translation>
    </message>
    <message>
        <source>Days between the windows&apos; mid-points</source>
        <translation>Дней между серединами окон</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Шаг:</translation>
    </message>
    <message>
        <source>Co&amp;lour and shape by:</source>
        <translation>&amp;Цвет и форма по:</translation>
    </message>
    <message>
        <source>Top-level code (e.g. actor type)</source>
        <translation>Код верхнего уровня (например, тип актора)</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <source>Export &amp;Picture…</source>
        <translation>Экспорт &amp;рисунка…</translation>
    </message>
    <message>
        <source>Export Network &amp;File…</source>
        <translation>Экспорт &amp;файла сети…</translation>
    </message>
    <message>
        <source>GraphML or GEXF for Gephi and visone</source>
        <translation>GraphML или GEXF для Gephi и visone</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>aggregation “{name}” needs a qualifier: choose one above.</source>
        <translation>Агрегации «{name}» нужен квалификатор: выберите его выше.</translation>
    </message>
    <message>
        <source>Nothing to draw: {reason}</source>
        <translation>Нечего рисовать: {reason}</translation>
    </message>
    <message>
        <source>No network: no time window lies within the dates.</source>
        <translation>Сети нет: ни одно временное окно не попадает в период.</translation>
    </message>
    <message>
        <source>Window {number} of {count}: {start} to {stop}</source>
        <translation>Окно {number} из {count}: с {start} по {stop}</translation>
    </message>
    <message>
        <source>Time: all dates (set a time window)</source>
        <translation>Время: все даты (задайте временное окно)</translation>
    </message>
    <message>
        <source>{nodes} nodes, {edges} edges from {statements} statements of {coders}, {period}.</source>
        <translation>Узлов: {nodes}, рёбер: {edges}; из высказываний: {statements}; {coders}, {period}.</translation>
    </message>
    <message>
        <source>Edges of weight ≥ {weight:g} ({shown} shown):</source>
        <translation>Рёбра с весом ≥ {weight:g} (показано: {shown}):</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Экспорт рисунка</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>The picture was not written: {reason}</source>
        <translation>Рисунок не записан: {reason}</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>Записан файл {name}.</translation>
    </message>
    <message>
        <source>Export network file</source>
        <translation>Экспорт файла сети</translation>
    </message>
    <message>
        <source>GraphML for Gephi, visone, networkx (*.graphml);;GEXF for Gephi (*.gexf);;Matrix as CSV (*.csv);;JSON (*.json)</source>
        <translation>GraphML для Gephi, visone, networkx (*.graphml);;GEXF для Gephi (*.gexf);;Матрица в CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The network was not written: {reason}</source>
        <translation>Сеть не записана: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s): {names}.</source>
        <translation>
            <numerusform>Записан %n файл: {names}.</numerusform>
            <numerusform>Записано %n файла: {names}.</numerusform>
            <numerusform>Записано %n файлов: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaintedChart</name>
    <message>
        <source>{path}: the image could not be written</source>
        <translation>{path}: не удалось записать изображение</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>Set</source>
        <translation>Набор</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Кодировщик</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>Last activity (UTC)</source>
        <translation>Последняя активность (UTC)</translation>
    </message>
    <message>
        <source>Team progress</source>
        <translation>Прогресс команды</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>Экспорт таблицы…</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Сохранить диаграмму как PNG…</translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation>Сохранить диаграмму как SVG…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not read:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Не прочитано:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>No documents are assigned yet: use &lt;b&gt;Analysis → Assign Documents to Coders…&lt;/b&gt;.</source>
        <translation>Документы ещё не распределены: используйте &lt;b&gt;Анализ → Распределить документы между кодировщиками…&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of {assigned} assigned coding jobs done, by %n coder(s).</source>
        <translation>
            <numerusform>Выполнено {done} из {assigned} назначенных заданий, кодировщиков: %n.</numerusform>
            <numerusform>Выполнено {done} из {assigned} назначенных заданий, кодировщиков: %n.</numerusform>
            <numerusform>Выполнено {done} из {assigned} назначенных заданий, кодировщиков: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>All sets</source>
        <translation>Все наборы</translation>
    </message>
    <message>
        <source>Export progress table</source>
        <translation>Экспорт таблицы прогресса</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The table was not written:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Таблица не записана:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>Записан файл {name}.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing for papers (*.svg)</source>
        <translation>Рисунок SVG для публикаций (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <source>&lt;b&gt;The chart was not saved:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Диаграмма не сохранена:&lt;/b&gt; {reason}</translation>
    </message>
</context>
<context>
    <name>ProjectJobs</name>
    <message>
        <source>{what} is still running.</source>
        <translation>{what}: ещё выполняется.</translation>
    </message>
    <message>
        <source>{what} is still running in {name}.</source>
        <translation>{what}: ещё выполняется в {name}.</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>Работа ещё идёт</translation>
    </message>
    <message>
        <source>Annotator does not switch projects while work on the open one is under way.</source>
        <translation>Annotator не переключает проекты, пока идёт работа над открытым.</translation>
    </message>
    <message>
        <source>Close {name} when it has finished?</source>
        <translation>Закрыть {name}, когда работа закончится?</translation>
    </message>
    <message>
        <source>Close When Finished</source>
        <translation>Закрыть по завершении</translation>
    </message>
    <message>
        <source>Cancel It and Close</source>
        <translation>Прервать и закрыть</translation>
    </message>
    <message>
        <source>Don&apos;t Close</source>
        <translation>Не закрывать</translation>
    </message>
    <message>
        <source>Open {name} when it has finished?</source>
        <translation>Открыть {name}, когда работа закончится?</translation>
    </message>
    <message>
        <source>Open When Finished</source>
        <translation>Открыть по завершении</translation>
    </message>
    <message>
        <source>Cancel It and Open</source>
        <translation>Прервать и открыть</translation>
    </message>
    <message>
        <source>Don&apos;t Open</source>
        <translation>Не открывать</translation>
    </message>
    <message>
        <source>A dialog</source>
        <translation>Диалог</translation>
    </message>
    <message>
        <source>“{title}” is still open.</source>
        <translation>«{title}» ещё открыт.</translation>
    </message>
    <message>
        <source>“{title}” is still open for {name}.</source>
        <translation>«{title}» ещё открыт для {name}.</translation>
    </message>
</context>
<context>
    <name>QdpxWorkflows</name>
    <message>
        <source>REFI-QDA project for MAXQDA, ATLAS.ti, NVivo (*.qdpx)</source>
        <translation>Проект REFI-QDA для MAXQDA, ATLAS.ti, NVivo (*.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA project with unique code names, for QualCoder (*.qdpx)</source>
        <translation>Проект REFI-QDA с уникальными именами кодов, для QualCoder (*.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>Проекты REFI-QDA (*.qdpx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export project (.qdpx)</source>
        <translation>Экспорт проекта (.qdpx)</translation>
    </message>
    <message>
        <source>Cancelled: {name} was not written.</source>
        <translation>Отменено: {name} не записан.</translation>
    </message>
    <message>
        <source>Wrote {name}: {documents}, {annotations} by {coders}, {codes}, {memos}.</source>
        <translation>Записан {name}: {documents}, {annotations} (кодировщики: {coders}), {codes}, {memos}.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n аннотация</numerusform>
            <numerusform>%n аннотации</numerusform>
            <numerusform>%n аннотаций</numerusform>
        </translation>
    </message>
    <message>
        <source>no coders</source>
        <translation>нет кодировщиков</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n код</numerusform>
            <numerusform>%n кода</numerusform>
            <numerusform>%n кодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message>
        <source>Code names are unique, as QualCoder needs them.</source>
        <translation>Имена кодов уникальны, как требует QualCoder.</translation>
    </message>
    <message>
        <source>Left out: {what}</source>
        <translation>Не перенесено: {what}</translation>
    </message>
    <message>
        <source>Nothing was left out.</source>
        <translation>Перенесено всё.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <source>An export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>The project was not exported</source>
        <translation>Проект не экспортирован</translation>
    </message>
    <message>
        <source>New project from a REFI-QDA project</source>
        <translation>Новый проект из проекта REFI-QDA</translation>
    </message>
    <message>
        <source>Save the new project as</source>
        <translation>Сохранить новый проект как</translation>
    </message>
    <message>
        <source>No project was created</source>
        <translation>Проект не создан</translation>
    </message>
    <message>
        <source>{path}: already exists; choose a new name for the project.</source>
        <translation>{path}: уже существует; выберите для проекта новое имя.</translation>
    </message>
    <message>
        <source>New project from .qdpx</source>
        <translation>Новый проект из .qdpx</translation>
    </message>
    <message>
        <source>Cancelled: no project was created.</source>
        <translation>Отменено: проект не создан.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <source>An import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Created {project} from {source} ({origin}): {documents}, {coders}, {variables}, {codes}, {annotations}, {memos}.</source>
        <translation>Создан {project} из {source} ({origin}): {documents}, {coders}, {variables}, {codes}, {annotations}, {memos}.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>неизвестная программа</translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n кодировщик</numerusform>
            <numerusform>%n кодировщика</numerusform>
            <numerusform>%n кодировщиков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n переменная</numerusform>
            <numerusform>%n переменные</numerusform>
            <numerusform>%n переменных</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped: {what}</source>
        <translation>Сопоставлено: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Positions counted in UTF-16 units (as NVivo writes them) in {count} of %n document(s).</source>
        <translation>
            <numerusform>Позиции посчитаны в единицах UTF-16 (как их пишет NVivo) в {count} из %n документа.</numerusform>
            <numerusform>Позиции посчитаны в единицах UTF-16 (как их пишет NVivo) в {count} из %n документов.</numerusform>
            <numerusform>Позиции посчитаны в единицах UTF-16 (как их пишет NVivo) в {count} из %n документов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResearchTools</name>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Не изменено: {reason}</translation>
    </message>
    <message>
        <source>The codebook was not exported</source>
        <translation>Кодовая книга не экспортирована</translation>
    </message>
    <message>
        <source>The codebook was not imported</source>
        <translation>Кодовая книга не импортирована</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search every document (Enter)</source>
        <translation>Искать во всех документах (Enter)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Учитывать регистр</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Целые слова</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>A Python regular expression</source>
        <translation>Регулярное выражение Python</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Hit in context</source>
        <translation>Совпадение в контексте</translation>
    </message>
    <message>
        <source>The code to give every hit (or every ticked hit)</source>
        <translation>Код, который получит каждое совпадение (или каждое отмеченное)</translation>
    </message>
    <message>
        <source>Code hits</source>
        <translation>Закодировать</translation>
    </message>
    <message>
        <source>Code every hit, or only the ticked ones (one undo step)</source>
        <translation>Закодировать все совпадения или только отмеченные (один шаг отмены)</translation>
    </message>
    <message>
        <source>Auto-code with:</source>
        <translation>Автокодировать кодом:</translation>
    </message>
    <message>
        <source>{hits} in {documents}</source>
        <translation>{hits} в {documents}</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документе</numerusform>
            <numerusform>%n документах</numerusform>
            <numerusform>%n документах</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} (showing the first ones)</source>
        <translation>{summary} (показаны первые)</translation>
    </message>
    <message>
        <source>Choose the code to give the hits, then Code hits.</source>
        <translation>Выберите код для совпадений, затем нажмите «Закодировать».</translation>
    </message>
</context>
<context>
    <name>SelectionBox</name>
    <message>
        <source>Whose codings count: every coder&apos;s (except the consensus coder&apos;s), the consensus coder&apos;s only, or one coder&apos;s</source>
        <translation>Чьё кодирование считается: всех кодировщиков (кроме консенсусного), только консенсусного или одного кодировщика</translation>
    </message>
    <message>
        <source>&amp;Coders:</source>
        <translation>&amp;Кодировщики:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Count only documents published in this range (undated ones drop out)</source>
        <translation>Считать только документы, опубликованные в этот период (без даты — не учитываются)</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Все кодировщики</translation>
    </message>
    <message>
        <source>Consensus ({name})</source>
        <translation>Консенсус ({name})</translation>
    </message>
    <message>
        <source>all coders ({names})</source>
        <translation>все кодировщики ({names})</translation>
    </message>
    <message>
        <source>coder {name}</source>
        <translation>кодировщик {name}</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>все даты</translation>
    </message>
    <message>
        <source>{start} to {stop}</source>
        <translation>с {start} по {stop}</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>Your change was not saved: {step}. The connection to the server was lost; Annotator is reconnecting — make the change again when editing is back.</source>
        <translation>Ваше изменение не сохранено: {step}. Соединение с сервером прервалось; Annotator переподключается — повторите изменение, когда редактирование снова станет доступно.</translation>
    </message>
    <message>
        <source>Connected to the server again; editing is back on.</source>
        <translation>Соединение с сервером восстановлено; редактирование снова доступно.</translation>
    </message>
    <message>
        <source>Not connected to the server: editing is paused until the connection is back.</source>
        <translation>Нет соединения с сервером: редактирование приостановлено, пока связь не восстановится.</translation>
    </message>
</context>
<context>
    <name>SetStatus</name>
    <message>
        <source>Mark {title} not started</source>
        <translation>отметку «не начат» для {title}</translation>
    </message>
    <message>
        <source>Mark {title} in progress</source>
        <translation>отметку «в работе» для {title}</translation>
    </message>
    <message>
        <source>Mark {title} done</source>
        <translation>отметку «готов» для {title}</translation>
    </message>
</context>
<context>
    <name>SettleUnit</name>
    <message>
        <source>Settle unit {number} (reject)</source>
        <translation>решение по единице {number} (отклонить)</translation>
    </message>
    <message>
        <source>Settle unit {number} (take {coder}&apos;s version)</source>
        <translation>решение по единице {number} (версия {coder})</translation>
    </message>
    <message>
        <source>Settle unit {number} (edit)</source>
        <translation>решение по единице {number} (с правкой)</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Move annotations from “{label}”</source>
        <translation>Перенос аннотаций из «{label}»</translation>
    </message>
    <message>
        <source>Tick the annotations coded &lt;b&gt;{label}&lt;/b&gt; that belong to another code, then choose that code. The others stay as they are.</source>
        <translation>Отметьте аннотации с кодом &lt;b&gt;{label}&lt;/b&gt;, которые относятся к другому коду, затем выберите этот код. Остальные останутся как есть.</translation>
    </message>
    <message>
        <source>Move them to:</source>
        <translation>Перенести в:</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Пока ничего не выбрано.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <source>Recodes {summary}.</source>
        <translation>Перекодирует: {summary}.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n annotation(s)</source>
        <translation>
            <numerusform>Перенести %n аннотацию</numerusform>
            <numerusform>Перенести %n аннотации</numerusform>
            <numerusform>Перенести %n аннотаций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsModel</name>
    <message>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Единицы</translation>
    </message>
    <message>
        <source>Aligned units with at least two coders&apos; values</source>
        <translation>Сопоставленные единицы со значениями хотя бы двух кодировщиков</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Альфа</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (≥ 0.8 reliable, ≥ 0.667 tentative)</source>
        <translation>Альфа Криппендорфа (≥ 0,8 надёжно, ≥ 0,667 предварительно)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>nominal for categories, ordinal for ordered scales</source>
        <translation>номинальная для категорий, порядковая для упорядоченных шкал</translation>
    </message>
    <message>
        <source>% agree</source>
        <translation>% согласия</translation>
    </message>
    <message>
        <source>Share of agreeing pairs of values</source>
        <translation>Доля совпадающих пар значений</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ Коэна</translation>
    </message>
    <message>
        <source>Pairwise Cohen&apos;s kappa (coder pair: value)</source>
        <translation>Попарная каппа Коэна (пара кодировщиков: значение)</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>κ Флейса</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa over all coders</source>
        <translation>Каппа Флейса по всем кодировщикам</translation>
    </message>
    <message>
        <source>Brennan–Prediger</source>
        <translation>Бреннан–Предигер</translation>
    </message>
    <message>
        <source>Chance-corrected agreement with uniform chance</source>
        <translation>Согласие с поправкой на равномерную случайность</translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1</source>
        <translation>AC1 Гвета</translation>
    </message>
    <message>
        <source>Gwet&apos;s first-order agreement coefficient</source>
        <translation>Коэффициент согласия Гвета первого порядка</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s convention</source>
        <translation>По соглашению Криппендорфа</translation>
    </message>
    <message>
        <source>Alpha CI</source>
        <translation>ДИ альфы</translation>
    </message>
    <message>
        <source>Bootstrapped confidence interval of alpha (Hayes &amp; Krippendorff)</source>
        <translation>Доверительный интервал альфы по бутстрепу (Hayes &amp; Krippendorff)</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>Estimated probability that alpha is below the smallest acceptable</source>
        <translation>Оценка вероятности того, что альфа ниже минимально приемлемой</translation>
    </message>
    <message>
        <source>SE % agree</source>
        <translation>СО % согласия</translation>
    </message>
    <message>
        <source>Standard error of percent agreement (Gwet)</source>
        <translation>Стандартная ошибка процента согласия (Gwet)</translation>
    </message>
    <message>
        <source>SE Fleiss&apos; κ</source>
        <translation>СО κ Флейса</translation>
    </message>
    <message>
        <source>Standard error of Fleiss&apos; kappa (Gwet)</source>
        <translation>Стандартная ошибка каппы Флейса (Gwet)</translation>
    </message>
    <message>
        <source>SE Brennan–Prediger</source>
        <translation>СО Бреннана–Предигера</translation>
    </message>
    <message>
        <source>Standard error of Brennan–Prediger (Gwet)</source>
        <translation>Стандартная ошибка коэффициента Бреннана–Предигера (Gwet)</translation>
    </message>
    <message>
        <source>SE Gwet&apos;s AC1</source>
        <translation>СО AC1 Гвета</translation>
    </message>
    <message>
        <source>Standard error of Gwet&apos;s AC1 (Gwet)</source>
        <translation>Стандартная ошибка AC1 Гвета (Gwet)</translation>
    </message>
    <message>
        <source>{level:.0%} CI {interval}</source>
        <translation>{level:.0%}-ДИ {interval}</translation>
    </message>
    <message>
        <source>{pair}: SE {error}, CI {interval}</source>
        <translation>{pair}: СО {error}, ДИ {interval}</translation>
    </message>
    <message>
        <source>Several codes per span: sets compared whole; MASI alpha {alpha}</source>
        <translation>Несколько кодов на фрагмент: наборы сравниваются целиком; альфа MASI {alpha}</translation>
    </message>
</context>
<context>
    <name>StudyTexts</name>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation>
            <numerusform>импорт %n статьи</numerusform>
            <numerusform>импорт %n статей</numerusform>
            <numerusform>импорт %n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s)</source>
        <translation>
            <numerusform>удаление %n документа</numerusform>
            <numerusform>удаление %n документов</numerusform>
            <numerusform>удаление %n документов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionLayer</name>
    <message numerus="yes">
        <source>%n machine suggestion(s), dashed: with the caret in one, Enter accepts it and Delete dismisses it.</source>
        <translation>
            <numerusform>%n предложение машины, пунктиром: когда курсор в нём, Enter принимает его, Delete отклоняет.</numerusform>
            <numerusform>%n предложения машины, пунктиром: когда курсор в одном из них, Enter принимает его, Delete отклоняет.</numerusform>
            <numerusform>%n предложений машины, пунктиром: когда курсор в одном из них, Enter принимает его, Delete отклоняет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Machine suggestions are hidden on the reliability sample while you code blind: your coding is compared with the machine&apos;s.</source>
        <translation>В выборке для надёжности при слепом кодировании предложения машины скрыты: ваше кодирование сравнивается с машинным.</translation>
    </message>
    <message>
        <source>no codes</source>
        <translation>нет кодов</translation>
    </message>
    <message>
        <source>Suggestion by {coder}</source>
        <translation>Предложение от {coder}</translation>
    </message>
    <message>
        <source>Suggestion by {coder} ({model})</source>
        <translation>Предложение от {coder} ({model})</translation>
    </message>
    <message>
        <source>{by}
{codes}
Enter accepts it, Delete dismisses it.</source>
        <translation>{by}
{codes}
Enter — принять, Delete — отклонить.</translation>
    </message>
    <message>
        <source>Accept suggestion {quote}</source>
        <translation>принятие предложения {quote}</translation>
    </message>
    <message>
        <source>Dismiss suggestion {quote}</source>
        <translation>отклонение предложения {quote}</translation>
    </message>
</context>
<context>
    <name>TeamProject</name>
    <message>
        <source>The server did not accept the password. Password of {user} for {location}:</source>
        <translation>Сервер не принял пароль. Пароль пользователя {user} для {location}:</translation>
    </message>
    <message>
        <source>The server asks for the password of {user} for {location}:</source>
        <translation>Сервер запрашивает пароль пользователя {user} для {location}:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>TeamProjectDialog</name>
    <message>
        <source>Open team project</source>
        <translation>Открыть общий проект</translation>
    </message>
    <message>
        <source>Open a project your lab keeps on a PostgreSQL server. Ask your lead for the server&apos;s name, the database and your user name. Your password is read from ~/.pgpass, PGPASSWORD or a service file; otherwise Annotator asks for it and keeps it only while the project is open.</source>
        <translation>Откройте проект, который ваша группа ведёт на сервере PostgreSQL. Имя сервера, базу данных и ваше имя пользователя сообщит руководитель проекта. Пароль берётся из ~/.pgpass, PGPASSWORD или файла служб; иначе Annotator спросит его и будет хранить лишь до закрытия проекта.</translation>
    </message>
    <message>
        <source>db.example.org, or paste a postgresql:// URL</source>
        <translation>db.example.org или вставьте URL postgresql://</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>ваш логин на сервере</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
</context>
<context>
    <name>TeamTools</name>
    <message>
        <source>The documents were not assigned</source>
        <translation>Документы не распределены</translation>
    </message>
    <message>
        <source>Assigned {documents} to {coders} in the set “{name}” (seed {seed}).</source>
        <translation>Распределено: {documents}, {coders}, набор «{name}» (начальное значение {seed}).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n кодировщик</numerusform>
            <numerusform>%n кодировщика</numerusform>
            <numerusform>%n кодировщиков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoStep</name>
    <message>
        <source>This step cannot be undone: the annotation was removed by another program.</source>
        <translation>Этот шаг нельзя отменить: аннотация удалена другой программой.</translation>
    </message>
    <message>
        <source>This step cannot be undone: the annotation was changed by another program.</source>
        <translation>Этот шаг нельзя отменить: аннотация изменена другой программой.</translation>
    </message>
    <message>
        <source>This step cannot be undone: the document was removed by another program.</source>
        <translation>Этот шаг нельзя отменить: документ удалён другой программой.</translation>
    </message>
    <message>
        <source>This step cannot be undone: the document was changed by another program.</source>
        <translation>Этот шаг нельзя отменить: документ изменён другой программой.</translation>
    </message>
    <message>
        <source>This step cannot be undone: the project was changed by another program ({error}).</source>
        <translation>Этот шаг нельзя отменить: проект изменён другой программой ({error}).</translation>
    </message>
    <message>
        <source>This step cannot be redone: the annotation was removed by another program.</source>
        <translation>Этот шаг нельзя повторить: аннотация удалена другой программой.</translation>
    </message>
    <message>
        <source>This step cannot be redone: the annotation was changed by another program.</source>
        <translation>Этот шаг нельзя повторить: аннотация изменена другой программой.</translation>
    </message>
    <message>
        <source>This step cannot be redone: the document was removed by another program.</source>
        <translation>Этот шаг нельзя повторить: документ удалён другой программой.</translation>
    </message>
    <message>
        <source>This step cannot be redone: the document was changed by another program.</source>
        <translation>Этот шаг нельзя повторить: документ изменён другой программой.</translation>
    </message>
    <message>
        <source>This step cannot be redone: the project was changed by another program ({error}).</source>
        <translation>Этот шаг нельзя повторить: проект изменён другой программой ({error}).</translation>
    </message>
</context>
<context>
    <name>UnitComparison</name>
    <message>
        <source>Unit {number} — {title}</source>
        <translation>Единица {number} — {title}</translation>
    </message>
    <message>
        <source>The coders differ in {variables}.</source>
        <translation>Кодировщики расходятся в: {variables}.</translation>
    </message>
    <message>
        <source>Not every coder marked this text: missing {coders}.</source>
        <translation>Не все кодировщики отметили этот текст: нет {coders}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settled:&lt;/b&gt; {decision} {coder}. Choosing again replaces it.</source>
        <translation>&lt;b&gt;Разрешено:&lt;/b&gt; {decision} {coder}. Новый выбор заменит это решение.</translation>
    </message>
    <message>
        <source>Choose the right version; it is saved as the consensus coder&apos;s annotation.</source>
        <translation>Выберите верную версию; она сохранится как аннотация согласованного кодировщика.</translation>
    </message>
    <message>
        <source>Reject: this should not be coded at all</source>
        <translation>Отклонить: это вообще не следует кодировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>did not mark this text</source>
        <translation>не отметил(а) этот текст</translation>
    </message>
    <message>
        <source>Take {coder}&apos;s version</source>
        <translation>Принять версию {coder}</translation>
    </message>
    <message>
        <source>Take it with edited codes…</source>
        <translation>Принять с изменёнными кодами…</translation>
    </message>
</context>
<context>
    <name>UpdateAnnotation</name>
    <message>
        <source>Recode {quote} and edit its memo</source>
        <translation>перекодирование {quote} и изменение его мемо</translation>
    </message>
    <message>
        <source>Recode {quote}</source>
        <translation>перекодирование {quote}</translation>
    </message>
    <message>
        <source>Edit memo of {quote}</source>
        <translation>изменение мемо к {quote}</translation>
    </message>
</context>
<context>
    <name>VariableColumn</name>
    <message>
        <source>Categories (unordered)</source>
        <translation>Категории (неупорядоченные)</translation>
    </message>
    <message>
        <source>Ordered scale (e.g. tone: negative &lt; neutral &lt; positive)</source>
        <translation>Упорядоченная шкала (напр. тон: негативный &lt; нейтральный &lt; позитивный)</translation>
    </message>
    <message>
        <source>Free text typed by the coder</source>
        <translation>Свободный текст, вводимый кодировщиком</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Переменные</translation>
    </message>
    <message>
        <source>Several codes per span</source>
        <translation>Несколько кодов на фрагмент</translation>
    </message>
    <message>
        <source>e.g. framing: a span may carry several frames</source>
        <translation>напр. фрейминг: фрагмент может нести несколько фреймов</translation>
    </message>
    <message>
        <source>Coders may add codes while coding</source>
        <translation>Кодировщики могут добавлять коды при кодировании</translation>
    </message>
    <message>
        <source>An open list, like actor names</source>
        <translation>Открытый список, например имена акторов</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Add a variable</source>
        <translation>Добавить переменную</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Rename the variable</source>
        <translation>Переименовать переменную</translation>
    </message>
    <message>
        <source>Move the variable up (its place in the coding popup and exports)</source>
        <translation>Переместить переменную вверх (её место во всплывающем окне кодирования и в экспорте)</translation>
    </message>
    <message>
        <source>Move the variable down</source>
        <translation>Переместить переменную вниз</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Delete an unused variable</source>
        <translation>Удалить неиспользуемую переменную</translation>
    </message>
    <message>
        <source>Its values are:</source>
        <translation>Её значения:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Code news articles along a codebook (actor, claim, sector, framing), blind to the other coders. Every change is saved at once.</source>
        <translation>Кодируйте новостные статьи по кодовой книге (актор, заявление, сфера, фрейминг), не видя работы других кодировщиков. Каждое изменение сохраняется сразу.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Новый проект…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Открыть проект…</translation>
    </message>
    <message>
        <source>Open team project…</source>
        <translation>Открыть общий проект…</translation>
    </message>
    <message>
        <source>Try the demo project</source>
        <translation>Попробовать демо-проект</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Недавние проекты&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;Version {version}&lt;/small&gt;</source>
        <translation>&lt;small&gt;Версия {version}&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>Windows</name>
    <message>
        <source>{name} is already open in the running {app}; its window is brought to the front.</source>
        <translation>{name} уже открыт в запущенном {app}; его окно выводится на передний план.</translation>
    </message>
    <message>
        <source>Opening {name} in the running {app} window.</source>
        <translation>Открытие {name} в окне запущенного {app}.</translation>
    </message>
    <message>
        <source>Opening {name} in a new window of the running {app}.</source>
        <translation>Открытие {name} в новом окне запущенного {app}.</translation>
    </message>
    <message>
        <source>{app} is already running; its window is brought to the front.</source>
        <translation>{app} уже запущен; его окно выводится на передний план.</translation>
    </message>
    <message>
        <source>a fresh copy of the demo</source>
        <translation>свежая копия демо</translation>
    </message>
    <message>
        <source>The demo</source>
        <translation>Демо</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Not connected to the server: the document shows once it is back.</source>
        <translation>Нет соединения с сервером: документ откроется, когда связь восстановится.</translation>
    </message>
    <message>
        <source>This document cannot be shown just now: {error}</source>
        <translation>Этот документ сейчас нельзя показать: {error}</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Кодировщики:</translation>
    </message>
    <message>
        <source>{variable}:</source>
        <translation>{variable}:</translation>
    </message>
    <message>
        <source>no {variable}</source>
        <translation>без значения {variable}</translation>
    </message>
    <message>
        <source>Press a code&apos;s key to recode it, Enter to edit all values, Delete to remove it.</source>
        <translation>Клавиша кода перекодирует фрагмент, Enter изменяет все значения, Delete удаляет его.</translation>
    </message>
    <message>
        <source>Coded by {coder} (read only)</source>
        <translation>Кодировщик: {coder} (только просмотр)</translation>
    </message>
    <message>
        <source>Select some text first, then code it.</source>
        <translation>Сначала выделите текст, затем закодируйте его.</translation>
    </message>
    <message>
        <source>Select some text first, then press Enter.</source>
        <translation>Сначала выделите текст, затем нажмите Enter.</translation>
    </message>
    <message>
        <source>{step}, adding {codes}</source>
        <translation>{step} с добавлением {codes}</translation>
    </message>
    <message>
        <source>Select an annotation to delete (click its highlight).</source>
        <translation>Выберите аннотацию для удаления (щёлкните её подсветку).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to code: %n hit(s) already coded as {code} by you.</source>
        <translation>
            <numerusform>Кодировать нечего: %n совпадение вы уже закодировали кодом {code}.</numerusform>
            <numerusform>Кодировать нечего: %n совпадения вы уже закодировали кодом {code}.</numerusform>
            <numerusform>Кодировать нечего: %n совпадений вы уже закодировали кодом {code}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto-code %n hit(s) as {code}</source>
        <translation>
            <numerusform>автокодирование %n совпадения кодом {code}</numerusform>
            <numerusform>автокодирование %n совпадений кодом {code}</numerusform>
            <numerusform>автокодирование %n совпадений кодом {code}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %n hit(s) as {code}.</source>
        <translation>
            <numerusform>Закодировано %n совпадение кодом {code}.</numerusform>
            <numerusform>Закодировано %n совпадения кодом {code}.</numerusform>
            <numerusform>Закодировано %n совпадений кодом {code}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n already coded.</source>
        <translation>
            <numerusform>Пропущено уже закодированных: %n.</numerusform>
            <numerusform>Пропущено уже закодированных: %n.</numerusform>
            <numerusform>Пропущено уже закодированных: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} {skipped}</source>
        <translation>{done} {skipped}</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Изменение не сохранено</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActionSpec</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Create a project file</source>
        <translation>Eine Projektdatei anlegen</translation>
    </message>
    <message>
        <source>New Project f&amp;rom .qdpx…</source>
        <translation>Neues Projekt a&amp;us .qdpx…</translation>
    </message>
    <message>
        <source>A project from MAXQDA, ATLAS.ti, NVivo, QualCoder (REFI-QDA .qdpx)</source>
        <translation>Ein Projekt aus MAXQDA, ATLAS.ti, NVivo, QualCoder (REFI-QDA .qdpx)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Eine Projektdatei öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Team Project…</source>
        <translation>&amp;Team-Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open a project your lab shares on a PostgreSQL server</source>
        <translation>Ein Projekt öffnen, das Ihr Team auf einem PostgreSQL-Server teilt</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>A fresh copy of the demo</source>
        <translation>Eine frische Kopie der Demo</translation>
    </message>
    <message>
        <source>Import &amp;Articles…</source>
        <translation>&amp;Artikel importieren…</translation>
    </message>
    <message>
        <source>Web pages, text, Word, PDF, spreadsheets, Nexis/Factiva exports; preview first</source>
        <translation>Webseiten, Text, Word, PDF, Tabellen, Nexis-/Factiva-Exporte; mit Vorschau</translation>
    </message>
    <message>
        <source>Import a &amp;Folder of Articles…</source>
        <translation>Artikel aus einem &amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Every article file in a folder</source>
        <translation>Jede Artikeldatei eines Ordners</translation>
    </message>
    <message>
        <source>Create Coder Copie&amp;s…</source>
        <translation>Codierer-&amp;Kopien erstellen…</translation>
    </message>
    <message>
        <source>One project file per coder, to code blind</source>
        <translation>Eine Projektdatei je Codierer, um blind zu codieren</translation>
    </message>
    <message>
        <source>&amp;Merge Coder Projects…</source>
        <translation>Codierer-Projekte &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Combine coders&apos; files into a new project</source>
        <translation>Die Dateien der Codierer zu einem neuen Projekt zusammenführen</translation>
    </message>
    <message>
        <source>Import Coder &amp;Project…</source>
        <translation>Codierer-&amp;Projekt importieren…</translation>
    </message>
    <message>
        <source>Merge a coder&apos;s file into this project (undoable)</source>
        <translation>Die Datei eines Codierers in dieses Projekt übernehmen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>E&amp;xport Codings…</source>
        <translation>Codierungen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The coded data as an Excel workbook or CSV</source>
        <translation>Die codierten Daten als Excel-Arbeitsmappe oder CSV</translation>
    </message>
    <message>
        <source>Export Pro&amp;ject (.qdpx)…</source>
        <translation>Pro&amp;jekt exportieren (.qdpx)…</translation>
    </message>
    <message>
        <source>The whole project for MAXQDA, ATLAS.ti, NVivo, QualCoder (REFI-QDA)</source>
        <translation>Das ganze Projekt für MAXQDA, ATLAS.ti, NVivo, QualCoder (REFI-QDA)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>Chan&amp;ge Coder Name…</source>
        <translation>&amp;Codierernamen ändern…</translation>
    </message>
    <message>
        <source>Whose annotations you make and see</source>
        <translation>Wessen Annotationen Sie anlegen und sehen</translation>
    </message>
    <message>
        <source>&amp;Import Codebook…</source>
        <translation>Codebuch &amp;importieren…</translation>
    </message>
    <message>
        <source>Update the codebook from a workbook (.xlsx), .qdc or .json; shows the changes first</source>
        <translation>Das Codebuch aus einer Arbeitsmappe (.xlsx), .qdc oder .json aktualisieren; zeigt zuerst die Änderungen</translation>
    </message>
    <message>
        <source>&amp;Export Codebook…</source>
        <translation>Codebuch &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the codebook as a workbook, .qdc or printable HTML</source>
        <translation>Das Codebuch als Arbeitsmappe, .qdc oder druckbares HTML speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <source>Highlight every hit</source>
        <translation>Jeden Treffer hervorheben</translation>
    </message>
    <message>
        <source>&amp;Search All Documents…</source>
        <translation>&amp;Alle Dokumente durchsuchen…</translation>
    </message>
    <message>
        <source>Search and auto-code</source>
        <translation>Suchen und automatisch codieren</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Code Selection…</source>
        <translation>Auswahl &amp;codieren…</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Codieren</translation>
    </message>
    <message>
        <source>Set every variable of the selected span at once</source>
        <translation>Alle Variablen der gewählten Markierung auf einmal setzen</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>Annotation &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the values or memo of the annotation</source>
        <translation>Werte oder Memo der Annotation ändern</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Annotation &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Snap Selection to Whole Words</source>
        <translation>Auswahl auf ganze &amp;Wörter erweitern</translation>
    </message>
    <message>
        <source>Extend a selection that starts or ends inside a word to the whole word</source>
        <translation>Eine Auswahl, die in einem Wort beginnt oder endet, auf das ganze Wort erweitern</translation>
    </message>
    <message>
        <source>Show &amp;All Coders&apos; Annotations</source>
        <translation>Annotationen &amp;aller Codierer zeigen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show every coder&apos;s annotations, coloured by coder (off: blind coding, only yours)</source>
        <translation>Die Annotationen aller Codierer zeigen, nach Codierer gefärbt (aus: blindes Codieren, nur Ihre)</translation>
    </message>
    <message>
        <source>All Coders</source>
        <translation>Alle Codierer</translation>
    </message>
    <message>
        <source>Show &amp;Machine Suggestions</source>
        <translation>&amp;Maschinelle Vorschläge zeigen</translation>
    </message>
    <message>
        <source>Machine coders&apos; spans, dashed: Enter accepts one, Delete dismisses it (hidden on the reliability sample while you code blind)</source>
        <translation>Markierungen maschineller Codierer, gestrichelt: Eingabe übernimmt einen Vorschlag, Entf verwirft ihn (in der Reliabilitätsstichprobe beim Blindcodieren ausgeblendet)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Previous Document</source>
        <translation>&amp;Vorheriges Dokument</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Next Document</source>
        <translation>&amp;Nächstes Dokument</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Mark Document &amp;Done</source>
        <translation>Dokument als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Your status for this document (undoable)</source>
        <translation>Ihr Status für dieses Dokument (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>&amp;Edit Codebook…</source>
        <translation>Codebuch &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation>C&amp;odebuch</translation>
    </message>
    <message>
        <source>Variables, codes, colours, shortcuts and coding rules (every change undoable)</source>
        <translation>Variablen, Codes, Farben, Tastenkürzel und Codierregeln (jede Änderung rückgängig machbar)</translation>
    </message>
    <message>
        <source>Inter-coder &amp;Agreement…</source>
        <translation>&amp;Intercoder-Übereinstimmung…</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha per variable, the disagreements, and adjudication</source>
        <translation>Krippendorffs Alpha je Variable, die Abweichungen und ihre Klärung</translation>
    </message>
    <message>
        <source>&amp;Frequencies…</source>
        <translation>&amp;Häufigkeiten…</translation>
    </message>
    <message>
        <source>Codes against outlets, months or other codes: a table and a chart</source>
        <translation>Codes nach Medien, Monaten oder anderen Codes: eine Tabelle und ein Diagramm</translation>
    </message>
    <message>
        <source>&amp;Discourse Network…</source>
        <translation>&amp;Diskursnetzwerk…</translation>
    </message>
    <message>
        <source>Actors and concepts linked by their statements, as DNA computes them</source>
        <translation>Akteure und Konzepte, verbunden durch ihre Aussagen, berechnet wie in DNA</translation>
    </message>
    <message>
        <source>&amp;Machine Coding…</source>
        <translation>&amp;Maschinelles Codieren…</translation>
    </message>
    <message>
        <source>A language model codes documents along the codebook, as a machine coder</source>
        <translation>Ein Sprachmodell codiert Dokumente nach dem Codebuch, als maschineller Codierer</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Annotator</source>
        <translation>Ü&amp;ber Annotator</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;View/A&amp;ppearance</source>
        <translation>&amp;Ansicht/&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Light or dark as the system is</source>
        <translation>Hell oder dunkel wie das System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Dunkle Schrift auf hellem Grund</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Helle Schrift auf dunklem Grund</translation>
    </message>
    <message>
        <source>Paragraph &amp;Numbers</source>
        <translation>Absatz&amp;nummern</translation>
    </message>
    <message>
        <source>Number the paragraphs in a margin left of the text</source>
        <translation>Die Absätze in einem Rand links vom Text nummerieren</translation>
    </message>
    <message>
        <source>Coding S&amp;tripes</source>
        <translation>&amp;Codierstreifen</translation>
    </message>
    <message>
        <source>A bar beside the text for each coded span, labelled with its codes</source>
        <translation>Ein Balken neben dem Text für jede codierte Markierung, mit ihren Codes beschriftet</translation>
    </message>
    <message>
        <source>A&amp;ssign Documents to Coders…</source>
        <translation>Dokumente an Codierende &amp;verteilen…</translation>
    </message>
    <message>
        <source>Split the documents among coders, with an overlap for reliability</source>
        <translation>Die Dokumente auf die Codierenden aufteilen, mit einer Überschneidung für die Reliabilität</translation>
    </message>
    <message>
        <source>Team &amp;Progress</source>
        <translation>&amp;Fortschritt des Teams</translation>
    </message>
    <message>
        <source>How far each coder has got, per assignment set</source>
        <translation>Wie weit jede Codiererin und jeder Codierer ist, je Zuteilungsset</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Did the coders mark the same text? Unitizing α&lt;sub&gt;u&lt;/sub&gt; = {alpha}, character agreement {agreement}.</source>
        <translation>Haben die Codierer denselben Text markiert? Unitizing-α&lt;sub&gt;u&lt;/sub&gt; = {alpha}, Zeichenübereinstimmung {agreement}.</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Intercoder-Übereinstimmung</translation>
    </message>
    <message>
        <source>Two coders&apos; spans count as the same unit when their overlap is at least this share of the text the two cover together (0.5 = half)</source>
        <translation>Die Markierungen zweier Codierer gelten als dieselbe Einheit, wenn sie sich mindestens zu diesem Anteil des gemeinsam abgedeckten Textes überschneiden (0,5 = die Hälfte)</translation>
    </message>
    <message>
        <source>Count “not coded” as a category</source>
        <translation>„Nicht codiert“ als Kategorie zählen</translation>
    </message>
    <message>
        <source>Off (Krippendorff&apos;s default): a coder without a span or value there is missing data</source>
        <translation>Aus (Krippendorffs Standard): Ein Codierer ohne Markierung oder Wert an dieser Stelle gilt als fehlender Wert</translation>
    </message>
    <message>
        <source>Which documents to compare: an assignment set, or the reliability sample</source>
        <translation>Welche Dokumente verglichen werden: ein Zuteilungsset oder die Reliabilitätsstichprobe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Bootstrap samples for alpha&apos;s confidence interval and q (0: none)</source>
        <translation>Bootstrap-Stichproben für das Konfidenzintervall von Alpha und q (0: keine)</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>The same seed gives the same interval again; the seed used is reported</source>
        <translation>Derselbe Startwert ergibt wieder dasselbe Intervall; der verwendete Startwert wird angegeben</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codierer</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Spans align at overlap ≥</source>
        <translation>Gleich ab Überschneidung ≥</translation>
    </message>
    <message>
        <source>Bootstrap samples</source>
        <translation>Bootstrap-Stichproben</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Double-click a disagreement to compare the coders side by side and settle it.</source>
        <translation>Doppelklicken Sie auf eine Abweichung, um die Codierer nebeneinander zu vergleichen und sie zu klären.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Export comparison workbook…</source>
        <translation>Vergleichsarbeitsmappe exportieren…</translation>
    </message>
    <message>
        <source>Write Methods Paragraph…</source>
        <translation>Methodenabsatz schreiben…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Reliability sample (%n document(s) with 2+ coders)</source>
        <translation>
            <numerusform>Reliabilitätsstichprobe (%n Dokument mit 2+ Codierenden)</numerusform>
            <numerusform>Reliabilitätsstichprobe (%n Dokumente mit 2+ Codierenden)</numerusform>
        </translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <source>Set “{name}”</source>
        <translation>Set „{name}“</translation>
    </message>
    <message>
        <source>Comparing the coders…</source>
        <translation>Codierer werden verglichen…</translation>
    </message>
    <message>
        <source>An agreement computation</source>
        <translation>Eine Übereinstimmungsberechnung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not compare:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Vergleich nicht möglich:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha — {coders}</source>
        <translation>Krippendorffs Alpha — {coders}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{units}&lt;/b&gt; aligned for {coders} (overlap ≥ {overlap}); {disagreements}. Alpha ≥ 0.8 is conventionally reliable, ≥ 0.667 allows tentative conclusions.</source>
        <translation>&lt;b&gt;{units}&lt;/b&gt; abgeglichen für {coders} (Überschneidung ≥ {overlap}); {disagreements}. Alpha ≥ 0,8 gilt üblicherweise als reliabel, ≥ 0,667 erlaubt vorläufige Schlüsse.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n Abweichung</numerusform>
            <numerusform>%n Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Alpha&apos;s {level:.0%} interval from {samples} bootstrap samples (seed {seed}); q = probability that alpha is below {minimum}.</source>
        <translation>{level:.0%}-Intervall von Alpha aus {samples} Bootstrap-Stichproben (Startwert {seed}); q = Wahrscheinlichkeit, dass Alpha unter {minimum} liegt.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{settled} of %n disagreement(s) settled, {remaining} to adjudicate&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;{settled} von %n Abweichung geklärt, {remaining} offen&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;{settled} von %n Abweichungen geklärt, {remaining} offen&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not settled:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Nicht geklärt:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing for papers (*.svg)</source>
        <translation>SVG-Grafik für Publikationen (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>&lt;b&gt;The chart was not saved:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Das Diagramm wurde nicht gespeichert:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Export comparison workbook</source>
        <translation>Vergleichsarbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The workbook was not written:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Die Arbeitsmappe wurde nicht geschrieben:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>{name} geschrieben.</translation>
    </message>
    <message>
        <source>Write methods paragraph</source>
        <translation>Methodenabsatz schreiben</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The paragraph was not written:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Der Absatz wurde nicht geschrieben:&lt;/b&gt; {reason}</translation>
    </message>
</context>
<context>
    <name>AlphaChart</name>
    <message>
        <source>Krippendorff&apos;s alpha per variable</source>
        <translation>Krippendorffs Alpha je Variable</translation>
    </message>
    <message>
        <source>0.8 reliable</source>
        <translation>0,8 reliabel</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codierer</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Handed over to the running {app}.</source>
        <translation>An das laufende {app} übergeben.</translation>
    </message>
    <message>
        <source>A running {app} did not answer; nothing was opened.</source>
        <translation>Ein laufendes {app} hat nicht geantwortet; nichts wurde geöffnet.</translation>
    </message>
</context>
<context>
    <name>ArticleHeader</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Your coding status of this document (Ctrl+D marks it done)</source>
        <translation>Ihr Codierstatus für dieses Dokument (Strg+D markiert es als erledigt)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Language code: {code}</source>
        <translation>Sprachcode: {code}</translation>
    </message>
</context>
<context>
    <name>ArticleImport</name>
    <message>
        <source>Articles ({patterns});;All files (*)</source>
        <translation>Artikel ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Import every article in a folder</source>
        <translation>Alle Artikel eines Ordners importieren</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Open or create a project first, then drop the articles on the window.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt und ziehen Sie dann die Artikel auf das Fenster.</translation>
    </message>
    <message>
        <source>The files could not be read</source>
        <translation>Die Dateien konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>An import</source>
        <translation>Ein Import</translation>
    </message>
    <message>
        <source>The table could not be read</source>
        <translation>Die Tabelle konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Storing the articles…</source>
        <translation>Artikel werden gespeichert…</translation>
    </message>
    <message>
        <source>The articles were not imported</source>
        <translation>Die Artikel wurden nicht importiert</translation>
    </message>
    <message>
        <source>No articles found there. Annotator imports {suffixes} files.</source>
        <translation>Dort wurden keine Artikel gefunden. Annotator importiert {suffixes}-Dateien.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>no values yet</source>
        <translation>noch keine Werte</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign documents to coders</source>
        <translation>Dokumente an Codierende verteilen</translation>
    </message>
    <message>
        <source>Split the documents among the coders. The overlap is coded by every coder (or by a rotating pair) to measure reliability; the rest is split evenly. Each coder&apos;s list then shows only their own documents (My documents).</source>
        <translation>Die Dokumente auf die Codierenden aufteilen. Die Überschneidung codieren alle (oder wechselnde Paare), um die Reliabilität zu messen; der Rest wird gleichmäßig aufgeteilt. Die Liste zeigt dann allen nur ihre eigenen Dokumente (Meine Dokumente).</translation>
    </message>
    <message>
        <source>New coders, e.g. carol, dave</source>
        <translation>Neue Codierende, z. B. carol, dave</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>e.g. main, training-1, reliability</source>
        <translation>z. B. main, training-1, reliability</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message numerus="yes">
        <source>The %n document(s) the list&apos;s filter shows</source>
        <translation>
            <numerusform>Das %n Dokument, das der Listenfilter zeigt</numerusform>
            <numerusform>Die %n Dokumente, die der Listenfilter zeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected document(s)</source>
        <translation>
            <numerusform>Das %n ausgewählte Dokument</numerusform>
            <numerusform>Die %n ausgewählten Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>% of the documents</source>
        <translation>% der Dokumente</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>every coder</source>
        <translation>alle Codierenden</translation>
    </message>
    <message>
        <source>a rotating pair of coders</source>
        <translation>wechselnde Paare</translation>
    </message>
    <message>
        <source>coded by</source>
        <translation>codiert von</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Number of documents</source>
        <translation>Anzahl der Dokumente</translation>
    </message>
    <message>
        <source>Total length of text</source>
        <translation>Gesamtlänge des Textes</translation>
    </message>
    <message>
        <source>The same seed draws the same assignment again</source>
        <translation>Derselbe Startwert ergibt wieder dieselbe Zuteilung</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Codierende:</translation>
    </message>
    <message>
        <source>Set name:</source>
        <translation>Name des Sets:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Dokumente:</translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translation>Überschneidung:</translation>
    </message>
    <message>
        <source>Stratify the overlap by:</source>
        <translation>Überschneidung schichten nach:</translation>
    </message>
    <message>
        <source>Balance by:</source>
        <translation>Ausgleichen nach:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codierer/in</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Verteilen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot assign:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Verteilen nicht möglich:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>{documents} to {coders}; {overlap} coded by {who}.</source>
        <translation>{documents} an {coders}; {overlap}, codiert von: {who}.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overlap document(s)</source>
        <translation>
            <numerusform>%n Überschneidungsdokument</numerusform>
            <numerusform>%n Überschneidungsdokumente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDocuments</name>
    <message>
        <source>Assign documents (set “{name}”)</source>
        <translation>Dokumente verteilen (Set „{name}“)</translation>
    </message>
</context>
<context>
    <name>AutoCodeConfirmation</name>
    <message>
        <source>Code {hits} in {documents} as {code}?</source>
        <translation>{hits} in {documents} als {code} codieren?</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) takes them all back.</source>
        <translation>Bearbeiten ▸ Rückgängig (Strg+Z) nimmt alle wieder zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) already coded as {code} by you will be skipped.</source>
        <translation>
            <numerusform>%n Treffer, den Sie bereits als {code} codiert haben, wird übersprungen.</numerusform>
            <numerusform>%n Treffer, die Sie bereits als {code} codiert haben, werden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{skipped} {undo}</source>
        <translation>{skipped} {undo}</translation>
    </message>
    <message>
        <source>Auto-code hits</source>
        <translation>Treffer automatisch codieren</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codieren</translation>
    </message>
</context>
<context>
    <name>AutoCodingJob</name>
    <message>
        <source>Auto-code</source>
        <translation>Automatisch codieren</translation>
    </message>
    <message numerus="yes">
        <source>Coding %n hit(s) as {code}…</source>
        <translation>
            <numerusform>%n Treffer wird als {code} codiert…</numerusform>
            <numerusform>%n Treffer werden als {code} codiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-coding</source>
        <translation>Automatisches Codieren</translation>
    </message>
    <message>
        <source>Auto-coding cancelled: nothing was coded.</source>
        <translation>Automatisches Codieren abgebrochen: nichts wurde codiert.</translation>
    </message>
</context>
<context>
    <name>CodeForm</name>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Wann verwenden</translation>
    </message>
    <message>
        <source>When not to use</source>
        <translation>Wann nicht verwenden</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Use parent&apos;s</source>
        <translation>Wie übergeordneter</translation>
    </message>
    <message>
        <source>No colour of its own: the code wears its parent&apos;s colour</source>
        <translation>Keine eigene Farbe: Der Code trägt die Farbe des übergeordneten Codes</translation>
    </message>
    <message>
        <source>one key, e.g. g</source>
        <translation>eine Taste, z. B. g</translation>
    </message>
    <message>
        <source>Pressed while coding, applies this code to the selection</source>
        <translation>Beim Codieren gedrückt, weist diesen Code der Auswahl zu</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Shortcut key</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Choose a code on the left to see and edit its details.</source>
        <translation>Wählen Sie links einen Code, um seine Details zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; — retired: kept for existing annotations</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; — stillgelegt: für bestehende Annotationen erhalten</translation>
    </message>
    <message>
        <source>Parent&apos;s colour</source>
        <translation>Farbe des übergeordneten Codes</translation>
    </message>
    <message>
        <source>Colour of the code</source>
        <translation>Farbe des Codes</translation>
    </message>
</context>
<context>
    <name>CodeTree</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>{label}  (retired)</source>
        <translation>{label}  (stillgelegt)</translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <source>Edit codebook</source>
        <translation>Codebuch bearbeiten</translation>
    </message>
    <message>
        <source>Drag a code onto another to file it under it, or between two to reorder.</source>
        <translation>Ziehen Sie einen Code auf einen anderen, um ihn darunter einzuordnen, oder zwischen zwei, um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <source>Add code…</source>
        <translation>Code hinzufügen…</translation>
    </message>
    <message>
        <source>Add a code at the top level</source>
        <translation>Einen Code auf oberster Ebene hinzufügen</translation>
    </message>
    <message>
        <source>Add sub-code…</source>
        <translation>Untercode hinzufügen…</translation>
    </message>
    <message>
        <source>Add a code under the chosen one</source>
        <translation>Einen Code unter dem gewählten hinzufügen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the chosen code (used codes: merge or retire)</source>
        <translation>Den gewählten Code löschen (verwendete Codes: zusammenführen oder stilllegen)</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>Code-Details</translation>
    </message>
    <message>
        <source>Every change is saved at once and can be undone with Ctrl+Z.</source>
        <translation>Jede Änderung wird sofort gespeichert und kann mit Strg+Z rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Letzte Änderung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Codes of {variable}</source>
        <translation>Codes von {variable}</translation>
    </message>
    <message>
        <source>Not changed: {message}.</source>
        <translation>Nicht geändert: {message}.</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new variable (e.g. tone):</source>
        <translation>Name der neuen Variable (z. B. tone):</translation>
    </message>
    <message>
        <source>Add variable {name}</source>
        <translation>Variable {name} hinzufügen</translation>
    </message>
    <message>
        <source>Rename variable</source>
        <translation>Variable umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Rename variable {name}</source>
        <translation>Variable {name} umbenennen</translation>
    </message>
    <message>
        <source>Move variable {name}</source>
        <translation>Variable {name} verschieben</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) hold values of {name}; retire its codes instead</source>
        <translation>
            <numerusform>%n Annotation enthält Werte von {name}; legen Sie stattdessen ihre Codes still</numerusform>
            <numerusform>%n Annotationen enthalten Werte von {name}; legen Sie stattdessen ihre Codes still</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {name} and its %n code(s)?</source>
        <translation>
            <numerusform>{name} und ihren %n Code löschen?</numerusform>
            <numerusform>{name} und ihre %n Codes löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete variable</source>
        <translation>Variable löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete variable {name}</source>
        <translation>Variable {name} löschen</translation>
    </message>
    <message>
        <source>Change kind of {variable}</source>
        <translation>Typ von {variable} ändern</translation>
    </message>
    <message>
        <source>Allow several codes per span in {variable}</source>
        <translation>Mehrere Codes je Markierung in {variable} erlauben</translation>
    </message>
    <message>
        <source>Allow one code per span in {variable}</source>
        <translation>Nur einen Code je Markierung in {variable} erlauben</translation>
    </message>
    <message>
        <source>Let coders add codes to {variable}</source>
        <translation>Codierern erlauben, {variable} Codes hinzuzufügen</translation>
    </message>
    <message>
        <source>Stop coders adding codes to {variable}</source>
        <translation>Codierern nicht mehr erlauben, {variable} Codes hinzuzufügen</translation>
    </message>
    <message>
        <source>Merge {code} into {target}</source>
        <translation>{code} mit {target} zusammenführen</translation>
    </message>
    <message>
        <source>Delete {code}, merged into {target}</source>
        <translation>{code} löschen, mit {target} zusammengeführt</translation>
    </message>
    <message>
        <source>Retire {code}</source>
        <translation>{code} stilllegen</translation>
    </message>
    <message>
        <source>Delete code {code}</source>
        <translation>Code {code} löschen</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>Code hinzufügen</translation>
    </message>
    <message>
        <source>Label of the new code of {name}:</source>
        <translation>Bezeichnung des neuen Codes von {name}:</translation>
    </message>
    <message>
        <source>Add code {label}</source>
        <translation>Code {label} hinzufügen</translation>
    </message>
    <message>
        <source>Move {label}</source>
        <translation>{label} verschieben</translation>
    </message>
    <message>
        <source>Nothing to save: no field was changed.</source>
        <translation>Nichts zu speichern: Kein Feld wurde geändert.</translation>
    </message>
    <message>
        <source>Edit code {label}</source>
        <translation>Code {label} bearbeiten</translation>
    </message>
    <message>
        <source>Saved {label}: {changes}</source>
        <translation>{label} gespeichert: {changes}</translation>
    </message>
    <message>
        <source>Move annotations from {label}</source>
        <translation>Annotationen von {label} verschieben</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Change colour…</source>
        <translation>Farbe ändern…</translation>
    </message>
    <message numerus="yes">
        <source>Merge into another code… (%n annotation(s))</source>
        <translation>
            <numerusform>Mit anderem Code zusammenführen… (%n Annotation)</numerusform>
            <numerusform>Mit anderem Code zusammenführen… (%n Annotationen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Move some annotations to another code… ({used})</source>
        <translation>Einige Annotationen zu einem anderen Code verschieben… ({used})</translation>
    </message>
    <message>
        <source>Reinstate (make codable again)</source>
        <translation>Reaktivieren (wieder codierbar machen)</translation>
    </message>
    <message>
        <source>Reinstate {label}</source>
        <translation>{label} reaktivieren</translation>
    </message>
    <message>
        <source>Retire (hide from coding)</source>
        <translation>Stilllegen (beim Codieren ausblenden)</translation>
    </message>
    <message>
        <source>Retire {label}</source>
        <translation>{label} stilllegen</translation>
    </message>
</context>
<context>
    <name>CodebookImport</name>
    <message>
        <source>the project</source>
        <translation>des Projekts</translation>
    </message>
    <message>
        <source>Importing {name} would take every code of {scope} out of use: {retired} retired, {removed} removed.</source>
        <translation>Der Import von {name} würde jeden Code {scope} außer Gebrauch setzen: {retired} stillgelegt, {removed} entfernt.</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Codebuch importieren</translation>
    </message>
    <message>
        <source>Is this the right file? A codebook file without its codes looks just like this. Codes that annotations use are kept as retired, and Edit ▸ Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Ist das die richtige Datei? Eine Codebuch-Datei ohne ihre Codes sieht genau so aus. Codes, die Annotationen verwenden, bleiben stillgelegt erhalten, und Bearbeiten ▸ Rückgängig (Strg+Z) nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <source>Import Anyway</source>
        <translation>Trotzdem importieren</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Import codebook {name}</source>
        <translation>Codebuch {name} importieren</translation>
    </message>
    <message>
        <source>{message} (Ctrl+Z undoes the import).</source>
        <translation>{message} (Strg+Z macht den Import rückgängig).</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>&lt;i&gt;Point at a code to read its definition, when to use it and examples.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Zeigen Sie auf einen Code, um seine Definition, seine Codierregeln und Beispiele zu lesen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Use when: </source>
        <translation>Verwenden, wenn: </translation>
    </message>
    <message>
        <source>Not when: </source>
        <translation>Nicht, wenn: </translation>
    </message>
    <message>
        <source>Example: </source>
        <translation>Beispiel: </translation>
    </message>
    <message>
        <source>Select text, then press a code&apos;s key or click the code. Enter sets every variable at once.</source>
        <translation>Text auswählen, dann die Taste eines Codes drücken oder den Code anklicken. Die Eingabetaste setzt alle Variablen auf einmal.</translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation>Code suchen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
</context>
<context>
    <name>CodebookTransfer</name>
    <message>
        <source>Codebook workbook (*.xlsx);;REFI-QDA codebook for MAXQDA, ATLAS.ti, NVivo (*.qdc);;Printable codebook (*.html)</source>
        <translation>Codebuch-Arbeitsmappe (*.xlsx);;REFI-QDA-Codebuch für MAXQDA, ATLAS.ti, NVivo (*.qdc);;Druckbares Codebuch (*.html)</translation>
    </message>
    <message>
        <source>REFI-QDA codebook with unique names, for QualCoder (*.qdc)</source>
        <translation>REFI-QDA-Codebuch mit eindeutigen Namen, für QualCoder (*.qdc)</translation>
    </message>
    <message>
        <source>Codebooks (*.xlsx *.qdc *.json);;All files (*)</source>
        <translation>Codebücher (*.xlsx *.qdc *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Codebuch exportieren</translation>
    </message>
    <message>
        <source>Wrote {name}: {variables}, {codes}.</source>
        <translation>{name} geschrieben: {variables}, {codes}.</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n Variable</numerusform>
            <numerusform>%n Variablen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoderCopiesDialog</name>
    <message>
        <source>Create coder copies</source>
        <translation>Codierer-Kopien erstellen</translation>
    </message>
    <message>
        <source>Each coder gets a copy of this project with the same articles and codebook, with their name preset. Coders work blind to each other; bring their files back with &lt;b&gt;File → Merge Coder Projects…&lt;/b&gt; or &lt;b&gt;Import Coder Project…&lt;/b&gt;.</source>
        <translation>Jeder Codierer erhält eine Kopie dieses Projekts mit denselben Artikeln und demselben Codebuch, mit voreingestelltem Namen. Die Codierer arbeiten blind voneinander; holen Sie ihre Dateien mit &lt;b&gt;Datei → Codierer-Projekte zusammenführen…&lt;/b&gt; oder &lt;b&gt;Codierer-Projekt importieren…&lt;/b&gt; zurück.</translation>
    </message>
    <message>
        <source>New coders, e.g. carol, dave</source>
        <translation>Neue Codierer, z. B. carol, dave</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>coder copies</source>
        <translation>Codierer-Kopien</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Also copy the annotations already in this project (all coders&apos; — not blind)</source>
        <translation>Auch die bereits vorhandenen Annotationen kopieren (die aller Codierer — nicht blind)</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Codierer:</translation>
    </message>
    <message>
        <source>Save copies in:</source>
        <translation>Kopien speichern in:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Create Copies</source>
        <translation>Kopien erstellen</translation>
    </message>
    <message>
        <source>Folder for the coder copies</source>
        <translation>Ordner für die Codierer-Kopien</translation>
    </message>
    <message>
        <source>Tick or add at least one coder.</source>
        <translation>Haken Sie mindestens einen Codierer an oder fügen Sie einen hinzu.</translation>
    </message>
</context>
<context>
    <name>CoderWorkflows</name>
    <message>
        <source>Coder copies</source>
        <translation>Codierer-Kopien</translation>
    </message>
    <message>
        <source>Coder copies are files made from a project file. The coders of this team project open it on the server instead; to make a file of it, use `annotator copy {location} FILE`.</source>
        <translation>Codierer-Kopien sind Dateien, die aus einer Projektdatei entstehen. Die Codierer dieses Team-Projekts öffnen es stattdessen auf dem Server; eine Datei davon erstellen Sie mit `annotator copy {location} DATEI`.</translation>
    </message>
    <message>
        <source>Cancelled. This project was not changed; copies written before you cancelled:
{files}</source>
        <translation>Abgebrochen. Dieses Projekt wurde nicht geändert; vor dem Abbruch geschriebene Kopien:
{files}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n coder copies in {folder}:
{files}

Give each coder their file; merge them back with File → Merge Coder Projects….</source>
        <translation>
            <numerusform>%n Codierer-Kopie in {folder}:
{files}

Geben Sie jedem Codierer seine Datei; führen Sie sie mit Datei → Codierer-Projekte zusammenführen… wieder zusammen.</numerusform>
            <numerusform>%n Codierer-Kopien in {folder}:
{files}

Geben Sie jedem Codierer seine Datei; führen Sie sie mit Datei → Codierer-Projekte zusammenführen… wieder zusammen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing one project per coder…</source>
        <translation>Ein Projekt je Codierer wird geschrieben…</translation>
    </message>
    <message>
        <source>Writing coder copies</source>
        <translation>Das Schreiben der Codierer-Kopien</translation>
    </message>
    <message>
        <source>The coder copies were not made</source>
        <translation>Die Codierer-Kopien wurden nicht erstellt</translation>
    </message>
    <message>
        <source>Coders&apos; project files</source>
        <translation>Projektdateien der Codierer</translation>
    </message>
    <message>
        <source>The projects were not merged</source>
        <translation>Die Projekte wurden nicht zusammengeführt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Merging the coders&apos; projects…</source>
        <translation>Die Projekte der Codierer werden zusammengeführt…</translation>
    </message>
    <message>
        <source>A merge</source>
        <translation>Eine Zusammenführung</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Cancelled: no merged project was written.</source>
        <translation>Abgebrochen: Es wurde kein zusammengeführtes Projekt geschrieben.</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Merged {files} into {name}: {documents} and {annotations}.

Open the merged project now?</source>
        <translation>{files} in {name} zusammengeführt: {documents} und {annotations}.

Das zusammengeführte Projekt jetzt öffnen?</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into {path}</source>
        <translation>Zusammengeführt in {path}</translation>
    </message>
    <message>
        <source>Import coder project</source>
        <translation>Codierer-Projekt importieren</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing new: everything was already here.</source>
        <translation>Nichts Neues: Alles war schon vorhanden.</translation>
    </message>
    <message>
        <source>The merge was not undone</source>
        <translation>Die Zusammenführung wurde nicht rückgängig gemacht</translation>
    </message>
    <message>
        <source>Imported {annotations} and {documents} from {files} (Ctrl+Z undoes it).</source>
        <translation>{annotations} und {documents} aus {files} importiert (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Export codings</source>
        <translation>Codierungen exportieren</translation>
    </message>
    <message>
        <source>Cancelled: {name} was not written.</source>
        <translation>Abgebrochen: {name} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {path}: {annotations} by {coders} in {documents}.</source>
        <translation>{path} geschrieben: {annotations} von {coders} in {documents}.</translation>
    </message>
    <message>
        <source>no coders</source>
        <translation>keinen Codierern</translation>
    </message>
    <message numerus="yes">
        <source>

%n cell(s) starting with = + - @, a tab or a line break have a leading &apos; so that spreadsheets show them as text (tick &quot;Exact text&quot; for R, SPSS, Stata).</source>
        <translation>
            <numerusform>

%n Zelle, die mit = + - @, einem Tabulator oder Zeilenumbruch beginnt, hat ein vorangestelltes &apos;, damit Tabellenkalkulationen sie als Text zeigen (für R, SPSS, Stata „Exakter Text“ ankreuzen).</numerusform>
            <numerusform>

%n Zellen, die mit = + - @, einem Tabulator oder Zeilenumbruch beginnen, haben ein vorangestelltes &apos;, damit Tabellenkalkulationen sie als Text zeigen (für R, SPSS, Stata „Exakter Text“ ankreuzen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben…</translation>
    </message>
    <message>
        <source>An export</source>
        <translation>Ein Export</translation>
    </message>
    <message>
        <source>The codings were not exported</source>
        <translation>Die Codierungen wurden nicht exportiert</translation>
    </message>
</context>
<context>
    <name>CodingPopup</name>
    <message>
        <source>Code span</source>
        <translation>Markierung codieren</translation>
    </message>
    <message>
        <source>{variable}:</source>
        <translation>{variable}:</translation>
    </message>
    <message>
        <source>A note for yourself or the team</source>
        <translation>Eine Notiz für Sie selbst oder das Team</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codieren</translation>
    </message>
    <message>
        <source>type to search, or a new name</source>
        <translation>tippen zum Suchen, oder ein neuer Name</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>tippen zum Suchen</translation>
    </message>
    <message>
        <source>New {noun} under:</source>
        <translation>Neuer Code für {noun} unter:</translation>
    </message>
    <message>
        <source>“{label}” is not in the codebook yet: it is added under the code chosen here</source>
        <translation>„{label}“ ist noch nicht im Codebuch: Es wird unter dem hier gewählten Code hinzugefügt</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>{variable}: “{text}” could be {candidates}; type more of it.</source>
        <translation>{variable}: „{text}“ könnte {candidates} sein; tippen Sie mehr davon.</translation>
    </message>
    <message>
        <source>{variable} has no code “{label}”; choose one from the list.</source>
        <translation>{variable} hat keinen Code „{label}“; wählen Sie einen aus der Liste.</translation>
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
        <translation>{variable}: {code} ein bei {quote}</translation>
    </message>
    <message>
        <source>{variable}: {code} off {quote}</source>
        <translation>{variable}: {code} aus bei {quote}</translation>
    </message>
</context>
<context>
    <name>CodingStripes</name>
    <message>
        <source>Coded by {coder}</source>
        <translation>Codiert von {coder}</translation>
    </message>
    <message>
        <source>{variable}: {codes}</source>
        <translation>{variable}: {codes}</translation>
    </message>
    <message>
        <source>No codes yet</source>
        <translation>Noch keine Codes</translation>
    </message>
    <message>
        <source>Memo: {memo}</source>
        <translation>Memo: {memo}</translation>
    </message>
    <message>
        <source>Edit Annotation…</source>
        <translation>Annotation bearbeiten…</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Annotation löschen</translation>
    </message>
    <message>
        <source>Coded by {coder} (read only)</source>
        <translation>Codiert von {coder} (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>ColourByMenu</name>
    <message>
        <source>Colour &amp;By</source>
        <translation>&amp;Färben nach</translation>
    </message>
    <message>
        <source>Which codes (or coders) the highlights show</source>
        <translation>Welche Codes (oder Codierer) die Hervorhebungen zeigen</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codierer</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n weiterer</numerusform>
            <numerusform>+ %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Codierer:</translation>
    </message>
    <message>
        <source>The colours of the highlights in this document</source>
        <translation>Die Farben der Hervorhebungen in diesem Dokument</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Columns of {name}</source>
        <translation>Spalten von {name}</translation>
    </message>
    <message>
        <source>Each row of this table becomes one article. Choose the column that holds the article text and, where there are any, the columns for its metadata. Other columns are kept as extra metadata.</source>
        <translation>Jede Zeile dieser Tabelle wird zu einem Artikel. Wählen Sie die Spalte mit dem Artikeltext und, falls vorhanden, die Spalten für seine Metadaten. Andere Spalten bleiben als zusätzliche Metadaten erhalten.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>{role} (required):</source>
        <translation>{role} (erforderlich):</translation>
    </message>
    <message>
        <source>{role}:</source>
        <translation>{role}:</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) (sheet {sheet}):</source>
        <translation>
            <numerusform>Die erste %n Zeile (Blatt {sheet}):</numerusform>
            <numerusform>Die ersten %n Zeilen (Blatt {sheet}):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s):</source>
        <translation>
            <numerusform>Die erste %n Zeile:</numerusform>
            <numerusform>Die ersten %n Zeilen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the article text.</source>
        <translation>Wählen Sie die Spalte mit dem Artikeltext.</translation>
    </message>
    <message>
        <source>One column is chosen for two roles.</source>
        <translation>Eine Spalte ist für zwei Rollen gewählt.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection to the server lost — reconnecting… Editing is paused.</source>
        <translation>Verbindung zum Server verloren — wird wiederhergestellt… Bearbeiten ist angehalten.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>The details were written to &lt;b&gt;{path}&lt;/b&gt;.</source>
        <translation>Die Details wurden in &lt;b&gt;{path}&lt;/b&gt; geschrieben.</translation>
    </message>
    <message>
        <source>The log file could not be written.</source>
        <translation>Die Protokolldatei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>&lt;p&gt;{app} hit an unexpected problem:&lt;br&gt;&lt;b&gt;{summary}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your saved work is safe: every change is stored the moment you make it. {where} Please report the problem with these details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{app} ist auf ein unerwartetes Problem gestoßen:&lt;br&gt;&lt;b&gt;{summary}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ihre gespeicherte Arbeit ist sicher: Jede Änderung wird in dem Moment gespeichert, in dem Sie sie vornehmen. {where} Bitte melden Sie das Problem mit diesen Details.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CreateAnnotation</name>
    <message>
        <source>Code span {quote}</source>
        <translation>Markierung {quote} codieren</translation>
    </message>
</context>
<context>
    <name>DeleteAnnotation</name>
    <message>
        <source>Delete span {quote}</source>
        <translation>Markierung {quote} löschen</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete “{label}”</source>
        <translation>„{label}“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{label}&lt;/b&gt; is used by %n annotation(s). Coders&apos; work is never deleted silently — choose what happens to them:</source>
        <translation>
            <numerusform>&lt;b&gt;{label}&lt;/b&gt; wird von %n Annotation verwendet. Die Arbeit der Codierer wird nie stillschweigend gelöscht — wählen Sie, was damit geschieht:</numerusform>
            <numerusform>&lt;b&gt;{label}&lt;/b&gt; wird von %n Annotationen verwendet. Die Arbeit der Codierer wird nie stillschweigend gelöscht — wählen Sie, was mit ihnen geschieht:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into another code (its annotations are recoded):</source>
        <translation>Mit einem anderen Code zusammenführen (seine Annotationen werden umcodiert):</translation>
    </message>
    <message>
        <source>Retire it (kept for existing annotations, hidden from coding; can be reinstated)</source>
        <translation>Stilllegen (bleibt für bestehende Annotationen erhalten, beim Codieren ausgeblendet; kann reaktiviert werden)</translation>
    </message>
    <message numerus="yes">
        <source>Either way %n annotation(s) are touched. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>So oder so ist %n Annotation betroffen. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>So oder so sind %n Annotationen betroffen. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <source>Differs in</source>
        <translation>Weicht ab in</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>not marked by {coders}</source>
        <translation>nicht markiert von {coders}</translation>
    </message>
    <message>
        <source>✓ {coder}&apos;s version</source>
        <translation>✓ Version von {coder}</translation>
    </message>
    <message>
        <source>✓ edited ({coder})</source>
        <translation>✓ bearbeitet ({coder})</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>✓ rejected</source>
        <translation>✓ verworfen</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>no document has a field “{name}”</source>
        <translation>kein Dokument hat ein Feld „{name}“</translation>
    </message>
    <message>
        <source>Your annotations in the document</source>
        <translation>Ihre Annotationen im Dokument</translation>
    </message>
</context>
<context>
    <name>DocumentMenu</name>
    <message>
        <source>Edit Metadata…</source>
        <translation>Metadaten bearbeiten…</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Document(s)…</source>
        <translation>
            <numerusform>%n Dokument entfernen…</numerusform>
            <numerusform>%n Dokumente entfernen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <source>Filter: words, outlet:…, lang:ru, date:2022-01..2022-06, section:…</source>
        <extracomment>The field names (outlet:, lang:, date:, section:) stay: the filter reads them.</extracomment>
        <translation>Filter: Wörter, outlet:…, lang:ru, date:2022-01..2022-06, section:…</translation>
    </message>
    <message>
        <source>Words match the title or outlet. Fields:
  outlet:guardian   author:smith   lang:ru   lang:en,de   title:gas
  date:2022-03-05   date:2022-03   date:2022-01-01..2022-06-30   date:2023..
  section:politics  (any extra field, e.g. a spreadsheet column)
  section:*  has the field;  -outlet:mail  excludes;  outlet:&quot;new york times&quot;</source>
        <extracomment>The field names before a colon stay as they are: the filter reads them.</extracomment>
        <translation>Wörter werden in Titel und Medium gesucht. Felder:
  outlet:guardian   author:smith   lang:ru   lang:en,de   title:gas
  date:2022-03-05   date:2022-03   date:2022-01-01..2022-06-30   date:2023..
  section:politik  (jedes weitere Feld, z. B. eine Tabellenspalte)
  section:*  hat das Feld;  -outlet:mail  schließt aus;  outlet:&quot;new york times&quot;</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Alle Medien</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Meine Dokumente</translation>
    </message>
    <message>
        <source>Only the documents assigned to you</source>
        <translation>Nur die Ihnen zugeteilten Dokumente</translation>
    </message>
    <message>
        <source>Only the documents of one assignment set</source>
        <translation>Nur die Dokumente eines Zuteilungssets</translation>
    </message>
    <message>
        <source>All sets</source>
        <translation>Alle Sets</translation>
    </message>
    <message>
        <source>(no outlet)</source>
        <translation>(kein Medium)</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n done</source>
        <translation>
            <numerusform>{done} von %n erledigt</numerusform>
            <numerusform>{done} von %n erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Noch keine Dokumente</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n document(s)</source>
        <translation>
            <numerusform>{shown} von %n Dokument</numerusform>
            <numerusform>{shown} von %n Dokumenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentRemoval</name>
    <message>
        <source>Remove “{title}”?</source>
        <translation>„{title}“ entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s)?</source>
        <translation>
            <numerusform>%n Dokument entfernen?</numerusform>
            <numerusform>%n Dokumente entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{annotations} by {coders} will be lost with them.</source>
        <translation>
            <numerusform>{annotations} von {coders} gehen damit verloren.</numerusform>
            <numerusform>{annotations} von {coders} gehen damit verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No one has coded them yet.</source>
        <translation>
            <numerusform>Noch niemand hat es codiert.</numerusform>
            <numerusform>Noch niemand hat sie codiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>{detail} Edit ▸ Undo (Ctrl+Z) brings everything back.</source>
        <translation>{detail} Bearbeiten ▸ Rückgängig (Strg+Z) holt alles zurück.</translation>
    </message>
    <message>
        <source>The documents were not changed</source>
        <translation>Die Dokumente wurden nicht geändert</translation>
    </message>
    <message>
        <source>Remove documents</source>
        <translation>Dokumente entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n document(s) (Ctrl+Z undoes it).</source>
        <translation>
            <numerusform>%n Dokument entfernt (Strg+Z macht es rückgängig).</numerusform>
            <numerusform>%n Dokumente entfernt (Strg+Z macht es rückgängig).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s) (Ctrl+Z undoes the import).</source>
        <translation>
            <numerusform>%n Artikel importiert (Strg+Z macht den Import rückgängig).</numerusform>
            <numerusform>%n Artikel importiert (Strg+Z macht den Import rückgängig).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneChart</name>
    <message>
        <source>Documents done per day</source>
        <translation>Erledigte Dokumente pro Tag</translation>
    </message>
    <message>
        <source>No document marked done yet.</source>
        <translation>Noch kein Dokument als erledigt markiert.</translation>
    </message>
</context>
<context>
    <name>EditMetadata</name>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>other fields</source>
        <translation>weitere Felder</translation>
    </message>
    <message>
        <source>Edit metadata ({fields})</source>
        <translation>Metadaten bearbeiten ({fields})</translation>
    </message>
</context>
<context>
    <name>ExchangeReportDialog</name>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): one row per annotation, plus documents, coders, the codebook and a document × code count sheet</source>
        <translation>Excel-Arbeitsmappe (.xlsx): eine Zeile je Annotation, dazu Dokumente, Codierer, das Codebuch und ein Blatt mit Häufigkeiten Dokument × Code</translation>
    </message>
    <message>
        <source>CSV for R, SPSS or Stata (.csv)</source>
        <translation>CSV für R, SPSS oder Stata (.csv)</translation>
    </message>
    <message>
        <source>CSV for R, SPSS or Stata (.csv): one row per annotation and value, UTF-8</source>
        <translation>CSV für R, SPSS oder Stata (.csv): eine Zeile je Annotation und Wert, UTF-8</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for R, SPSS, Stata (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV für R, SPSS, Stata (*.csv)</translation>
    </message>
    <message>
        <source>Export codings</source>
        <translation>Codierungen exportieren</translation>
    </message>
    <message>
        <source>Exact text for R, SPSS, Stata (not for spreadsheets)</source>
        <translation>Exakter Text für R, SPSS, Stata (nicht für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>Off: a cell starting with = + - @, a tab or a line break gets a leading &apos; so that Excel or LibreOffice shows it as text instead of running it as a formula.
On: every cell is written exactly as stored, for analysis software; do not open that file in a spreadsheet program.</source>
        <translation>Aus: Eine Zelle, die mit = + - @, einem Tabulator oder Zeilenumbruch beginnt, erhält ein vorangestelltes &apos;, damit Excel oder LibreOffice sie als Text zeigt, statt sie als Formel auszuführen.
An: Jede Zelle wird genau wie gespeichert geschrieben, für Analysesoftware; öffnen Sie diese Datei nicht in einer Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Codierer:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Context before/after:</source>
        <translation>Kontext davor/danach:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <source>Others changed this project on the server; the window shows their changes.</source>
        <translation>Andere haben dieses Projekt auf dem Server geändert; das Fenster zeigt ihre Änderungen.</translation>
    </message>
    <message>
        <source>Another program changed this project; the window shows its changes.</source>
        <translation>Ein anderes Programm hat dieses Projekt geändert; das Fenster zeigt seine Änderungen.</translation>
    </message>
    <message>
        <source>“%1” was removed by another program.</source>
        <translation>„%1“ wurde von einem anderen Programm entfernt.</translation>
    </message>
</context>
<context>
    <name>ExtraFieldsEditor</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>the new field with the value “{value}” needs a name</source>
        <translation>das neue Feld mit dem Wert „{value}“ braucht einen Namen</translation>
    </message>
    <message>
        <source>there are two fields called “{name}”; give one another name</source>
        <translation>es gibt zwei Felder namens „{name}“; geben Sie einem einen anderen Namen</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article</source>
        <translation>In diesem Artikel suchen</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß/klein</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
</context>
<context>
    <name>FrequenciesWindow</name>
    <message>
        <source>Frequencies</source>
        <translation>Häufigkeiten</translation>
    </message>
    <message>
        <source>Counting frequencies</source>
        <translation>Das Zählen der Häufigkeiten</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <source>Coded spans</source>
        <translation>Codierte Stellen</translation>
    </message>
    <message>
        <source>Documents with spans</source>
        <translation>Dokumente mit Stellen</translation>
    </message>
    <message>
        <source>Co&amp;unt:</source>
        <translation>Zä&amp;hlen:</translation>
    </message>
    <message>
        <source>Counts with totals</source>
        <translation>Anzahlen mit Summen</translation>
    </message>
    <message>
        <source>Row percentages</source>
        <translation>Zeilenprozente</translation>
    </message>
    <message>
        <source>Column percentages</source>
        <translation>Spaltenprozente</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Bars: the row codes, stacked per column value; timeline: the row codes per month (or year); heatmap: rows × columns</source>
        <translation>Balken: die Codes der Zeilen, gestapelt je Spaltenwert; Zeitverlauf: die Codes der Zeilen je Monat (oder Jahr); Heatmap: Zeilen × Spalten</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>Dia&amp;gramm exportieren…</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codierer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Nothing to show: {reason}</source>
        <translation>Nichts anzuzeigen: {reason}</translation>
    </message>
    <message>
        <source>coded spans</source>
        <translation>codierte Stellen</translation>
    </message>
    <message>
        <source>documents with spans</source>
        <translation>Dokumente mit Stellen</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>no dated documents</source>
        <translation>keine datierten Dokumente</translation>
    </message>
    <message>
        <source>Counted: {unit} of {coders}, {period}; n = {n}. Documents dated {dates}.</source>
        <translation>Gezählt: {unit} von {coders}, {period}; n = {n}. Dokumente datiert {dates}.</translation>
    </message>
    <message>
        <source>A heatmap needs columns: choose outlet, month, year, coder or a variable.</source>
        <translation>Eine Heatmap braucht Spalten: Medium, Monat, Jahr, Codierer oder eine Variable wählen.</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;CSV, one line per cell (*.csv)</source>
        <translation>Arbeitsmappe (*.xlsx);;CSV, eine Zeile je Zelle (*.csv)</translation>
    </message>
    <message>
        <source>The table was not written: {reason}</source>
        <translation>Die Tabelle wurde nicht geschrieben: {reason}</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>{name} geschrieben.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The chart was not written: {reason}</source>
        <translation>Das Diagramm wurde nicht geschrieben: {reason}</translation>
    </message>
</context>
<context>
    <name>FrequencyModel</name>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>ImportCoderProject</name>
    <message>
        <source>Import coder project {names}</source>
        <translation>Codierer-Projekt {names} importieren</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import codebook from {name}</source>
        <translation>Codebuch aus {name} importieren</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{name} has %n problem(s).&lt;/b&gt; Fix them in the file (the places are given as sheet, row and column) and import again. Nothing was changed.</source>
        <translation>
            <numerusform>&lt;b&gt;{name} hat %n Problem.&lt;/b&gt; Beheben Sie es in der Datei (die Stelle ist als Blatt, Zeile und Spalte angegeben) und importieren Sie erneut. Nichts wurde geändert.</numerusform>
            <numerusform>&lt;b&gt;{name} hat %n Probleme.&lt;/b&gt; Beheben Sie sie in der Datei (die Stellen sind als Blatt, Zeile und Spalte angegeben) und importieren Sie erneut. Nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The codebook already matches {name}; there is nothing to change.</source>
        <translation>Das Codebuch entspricht bereits {name}; es gibt nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>Importing &lt;b&gt;{name}&lt;/b&gt; would make these %n change(s). Codes that annotations use are never deleted (they are retired). You can undo the whole import with Ctrl+Z.</source>
        <translation>
            <numerusform>Der Import von &lt;b&gt;{name}&lt;/b&gt; würde diese %n Änderung vornehmen. Codes, die Annotationen verwenden, werden nie gelöscht (sie werden stillgelegt). Sie können den ganzen Import mit Strg+Z rückgängig machen.</numerusform>
            <numerusform>Der Import von &lt;b&gt;{name}&lt;/b&gt; würde diese %n Änderungen vornehmen. Codes, die Annotationen verwenden, werden nie gelöscht (sie werden stillgelegt). Sie können den ganzen Import mit Strg+Z rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped: {what}</source>
        <translation>Zugeordnet: {what}</translation>
    </message>
    <message>
        <source>How the code system of {name} fits Annotator&apos;s codebook:</source>
        <translation>Wie das Codesystem von {name} in Annotators Codebuch übernommen wird:</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Import articles — preview</source>
        <translation>Artikel importieren — Vorschau</translation>
    </message>
    <message>
        <source>Clean scraped pages: remove menus, captions, “Subscribe” and other page clutter</source>
        <translation>Gescrapte Seiten bereinigen: Menüs, Bildunterschriften, „Abonnieren“ und anderen Seitenballast entfernen</translation>
    </message>
    <message>
        <source>File / article</source>
        <translation>Datei / Artikel</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Wird</translation>
    </message>
    <message>
        <source>Map Spreadsheet Columns…</source>
        <translation>Tabellenspalten zuordnen…</translation>
    </message>
    <message>
        <source>Choose which spreadsheet column holds the text, title, date…</source>
        <translation>Wählen Sie, welche Tabellenspalte Text, Titel, Datum … enthält</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Text as it will be stored</source>
        <translation>Text, wie er gespeichert wird</translation>
    </message>
    <message>
        <source>As received</source>
        <translation>Wie empfangen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n new article(s)&lt;/b&gt; will be imported</source>
        <translation>
            <numerusform>&lt;b&gt;%n neuer Artikel&lt;/b&gt; wird importiert</numerusform>
            <numerusform>&lt;b&gt;%n neue Artikel&lt;/b&gt; werden importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project (skipped)</source>
        <translation>
            <numerusform>%n bereits im Projekt (übersprungen)</numerusform>
            <numerusform>%n bereits im Projekt (übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported</source>
        <translation>
            <numerusform>%n Datei kann nicht importiert werden</numerusform>
            <numerusform>%n Dateien können nicht importiert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Article(s)</source>
        <translation>
            <numerusform>%n Artikel importieren</numerusform>
            <numerusform>%n Artikel importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: already in the project (#{number})</source>
        <translation>übersprungen: bereits im Projekt (#{number})</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>not imported: {reason}</source>
        <translation>nicht importiert: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}

This file cannot be imported: {reason}</source>
        <translation>{path}

Diese Datei kann nicht importiert werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{name} holds %n article(s); select one to see its text.</source>
        <translation>
            <numerusform>{name} enthält %n Artikel; wählen Sie ihn aus, um seinen Text zu sehen.</numerusform>
            <numerusform>{name} enthält %n Artikel; wählen Sie einen aus, um seinen Text zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(the same as the stored text)</source>
        <translation>(wie der gespeicherte Text)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Nicht importiert ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Check these (%n)</source>
        <translation>
            <numerusform>Bitte prüfen (%n)</numerusform>
            <numerusform>Bitte prüfen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>#{number} “{title}”: {warning}</source>
        <translation>#{number} „{title}“: {warning}</translation>
    </message>
    <message>
        <source>Already in the project ({count})</source>
        <translation>Bereits im Projekt ({count})</translation>
    </message>
    <message>
        <source>“{title}” — same text as document #{number}</source>
        <translation>„{title}“ — gleicher Text wie Dokument #{number}</translation>
    </message>
    <message>
        <source>Imported ({count})</source>
        <translation>Importiert ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n Artikel importiert</numerusform>
            <numerusform>%n Artikel importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project (skipped)</source>
        <translation>
            <numerusform>%n bereits im Projekt (übersprungen)</numerusform>
            <numerusform>%n bereits im Projekt (übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <source>Import cancelled: the files stored before the cancel are in the project, each one whole (Edit → Undo removes them); the rest were not imported.
{summary}</source>
        <translation>Import abgebrochen: Die vor dem Abbruch gespeicherten Dateien sind vollständig im Projekt (Bearbeiten → Rückgängig entfernt sie); der Rest wurde nicht importiert.
{summary}</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>The running {app} could not read the request.</source>
        <translation>Das laufende {app} konnte die Anfrage nicht lesen.</translation>
    </message>
    <message>
        <source>The running {app} could not take the request (see its log).</source>
        <translation>Das laufende {app} konnte die Anfrage nicht annehmen (siehe sein Protokoll).</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancelling… nothing more will be changed.</source>
        <translation>Wird abgebrochen… es wird nichts mehr geändert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>{app} will be shown in {language} after a restart.</source>
        <translation>{app} erscheint nach einem Neustart auf {language}.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
</context>
<context>
    <name>MachineCodingDialog</name>
    <message>
        <source>Machine coding</source>
        <translation>Maschinelles Codieren</translation>
    </message>
    <message>
        <source>A language model codes the documents along the codebook as a machine coder. Every span it returns is checked against the text; its codings show as suggestions (View ▸ Show Machine Suggestions) and are compared with the coders&apos; in Inter-coder Agreement.</source>
        <translation>Ein Sprachmodell codiert die Dokumente nach dem Codebuch als maschineller Codierer. Jede Markierung, die es liefert, wird am Text geprüft; seine Codierungen erscheinen als Vorschläge (Ansicht ▸ Maschinelle Vorschläge zeigen) und werden unter Intercoder-Übereinstimmung mit denen der Codierer verglichen.</translation>
    </message>
    <message>
        <source>e.g. llama3.1:8b</source>
        <translation>z. B. llama3.1:8b</translation>
    </message>
    <message>
        <source>e.g. OPENAI_API_KEY (optional)</source>
        <translation>z. B. OPENAI_API_KEY (optional)</translation>
    </message>
    <message>
        <source>The name of an environment variable holding the API key (without one, a hosted endpoint&apos;s key comes from the system keyring, if installed). The key is read when the run starts; it is never stored or shown.</source>
        <translation>Der Name einer Umgebungsvariablen, die den API-Schlüssel enthält (ohne sie kommt der Schlüssel eines entfernten Endpunkts aus dem Schlüsselbund des Systems, falls installiert). Der Schlüssel wird beim Start des Laufs gelesen; er wird nie gespeichert oder angezeigt.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>API key from:</source>
        <translation>API-Schlüssel aus:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Dokumente:</translation>
    </message>
    <message>
        <source>Variables:</source>
        <translation>Variablen:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <source>The assignment set</source>
        <translation>Das Zuteilungsset</translation>
    </message>
    <message numerus="yes">
        <source>The %n document(s) the list&apos;s filter shows</source>
        <translation>
            <numerusform>Das %n Dokument, das der Listenfilter zeigt</numerusform>
            <numerusform>Die %n Dokumente, die der Listenfilter zeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected document(s)</source>
        <translation>
            <numerusform>Das %n ausgewählte Dokument</numerusform>
            <numerusform>Die %n ausgewählten Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one variable.</source>
        <translation>Wählen Sie mindestens eine Variable.</translation>
    </message>
    <message>
        <source>Name the model to see what a run would send.</source>
        <translation>Nennen Sie das Modell, um zu sehen, was ein Lauf senden würde.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to send</source>
        <translation>
            <numerusform>%n Dokument zu senden</numerusform>
            <numerusform>%n Dokumente zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} answered from the cache</source>
        <translation>{count} aus dem Zwischenspeicher beantwortet</translation>
    </message>
    <message>
        <source>{count} already coded</source>
        <translation>{count} bereits codiert</translation>
    </message>
    <message>
        <source>{documents}, {cached}, {done}: about {tokens} tokens (prompt and answer; one token per 4 characters).</source>
        <translation>{documents}, {cached}, {done}: etwa {tokens} Tokens (Anfrage und Antwort; ein Token je 4 Zeichen).</translation>
    </message>
    <message>
        <source>{host} is this computer: the article texts stay on it.</source>
        <translation>{host} ist dieser Computer: Die Artikeltexte bleiben darauf.</translation>
    </message>
    <message>
        <source>The article texts will be sent to {host}, which is not this computer: they leave the machine and the service&apos;s terms apply to them.</source>
        <translation>Die Artikeltexte werden an {host} gesendet, nicht an diesen Computer: Sie verlassen das Gerät, und die Bedingungen des Dienstes gelten für sie.</translation>
    </message>
    <message>
        <source>Send the articles?</source>
        <translation>Artikel senden?</translation>
    </message>
    <message>
        <source>Send them and code?</source>
        <translation>Senden und codieren?</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Coding with {model}…</source>
        <translation>Codieren mit {model}…</translation>
    </message>
    <message>
        <source>Nothing more was coded: {reason}</source>
        <translation>Nichts weiter wurde codiert: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Coded {coded} of %n document(s) as {coder}.</source>
        <translation>
            <numerusform>{coded} von %n Dokument als {coder} codiert.</numerusform>
            <numerusform>{coded} von %n Dokumenten als {coder} codiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>{sent} sent, {cached} from the cache, {already} already coded, {answers} answer(s) rejected, {left} left.</source>
        <translation>{sent} gesendet, {cached} aus dem Zwischenspeicher, {already} bereits codiert, {answers} Antwort(en) abgelehnt, {left} übrig.</translation>
    </message>
    <message>
        <source>Spans: {stored} stored ({reanchored} re-anchored), {rejected} rejected.</source>
        <translation>Markierungen: {stored} gespeichert ({reanchored} neu verankert), {rejected} abgelehnt.</translation>
    </message>
    <message>
        <source>Stopped: {reason}. Run again to resume.</source>
        <translation>Angehalten: {reason}. Starten Sie erneut, um fortzusetzen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <source>Annotations in this document</source>
        <translation>Annotationen in diesem Dokument</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Alle Dokumente durchsuchen</translation>
    </message>
    <message>
        <source>Welcome! Your name as a coder (your annotations carry it; you can change it later in the File menu):</source>
        <translation>Willkommen! Ihr Name als Codierer (Ihre Annotationen tragen ihn; Sie können ihn später im Menü Datei ändern):</translation>
    </message>
    <message>
        <source>Your name as a coder:</source>
        <translation>Ihr Name als Codierer:</translation>
    </message>
    <message>
        <source>Coder name</source>
        <translation>Codierername</translation>
    </message>
    <message>
        <source>No coder name</source>
        <translation>Kein Codierername</translation>
    </message>
    <message>
        <source>Annotator needs your name before you can code.</source>
        <translation>Annotator braucht Ihren Namen, bevor Sie codieren können.</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Das Projekt konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>no coder name</source>
        <translation>kein Codierername</translation>
    </message>
    <message>
        <source>Coder: {coder}</source>
        <translation>Codierer: {coder}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>The project could not be created</source>
        <translation>Das Projekt konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>die Demo</translation>
    </message>
    <message>
        <source>The demo could not be prepared</source>
        <translation>Die Demo konnte nicht vorbereitet werden</translation>
    </message>
    <message numerus="yes">
        <source>Blind coding: %n span(s) by other coders hidden</source>
        <translation>
            <numerusform>Blindes Codieren: %n Markierung anderer Codierer ausgeblendet</numerusform>
            <numerusform>Blindes Codieren: %n Markierungen anderer Codierer ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Code news articles along a codebook, merge coders&apos; work and measure their agreement.&lt;/p&gt;&lt;p&gt;Free and open source (MIT).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nachrichtenartikel anhand eines Codebuchs codieren, die Arbeit der Codierer zusammenführen und ihre Übereinstimmung messen.&lt;/p&gt;&lt;p&gt;Freie und quelloffene Software (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Annotator projects (*{suffix});;All files (*)</source>
        <translation>Annotator-Projekte (*{suffix});;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge “{label}” into another code</source>
        <translation>„{label}“ mit einem anderen Code zusammenführen</translation>
    </message>
    <message>
        <source>Every annotation coded &lt;b&gt;{label}&lt;/b&gt; gets the code you choose; {label} and its place in the tree disappear (its sub-codes move under the chosen code). Undo with Ctrl+Z.</source>
        <translation>Jede mit &lt;b&gt;{label}&lt;/b&gt; codierte Annotation erhält den gewählten Code; {label} und sein Platz im Baum verschwinden (seine Untercodes wandern unter den gewählten Code). Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>This variable has no other code to merge into.</source>
        <translation>Diese Variable hat keinen anderen Code zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Recodes {summary}.</source>
        <translation>Codiert {summary} um.</translation>
    </message>
    <message numerus="yes">
        <source>Merge (%n annotation(s))</source>
        <translation>
            <numerusform>Zusammenführen (%n Annotation)</numerusform>
            <numerusform>Zusammenführen (%n Annotationen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotator projects (*{suffix});;All files (*)</source>
        <translation>Annotator-Projekte (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import coder project</source>
        <translation>Codierer-Projekt importieren</translation>
    </message>
    <message>
        <source>Merge coder projects</source>
        <translation>Codierer-Projekte zusammenführen</translation>
    </message>
    <message>
        <source>into the open project &lt;b&gt;{name}&lt;/b&gt;, as one step you can undo</source>
        <translation>in das geöffnete Projekt &lt;b&gt;{name}&lt;/b&gt;, als ein Schritt, den Sie rückgängig machen können</translation>
    </message>
    <message>
        <source>into a new project file; the coders&apos; files are never changed</source>
        <translation>in eine neue Projektdatei; die Dateien der Codierer werden nie geändert</translation>
    </message>
    <message>
        <source>Add the coders&apos; project files, press &lt;b&gt;Check&lt;/b&gt; to see what merging would do, then merge them {where}. Documents, codes and coders are matched by their identity, not by name, so merging a file twice adds nothing.</source>
        <translation>Fügen Sie die Projektdateien der Codierer hinzu, drücken Sie &lt;b&gt;Prüfen&lt;/b&gt;, um zu sehen, was das Zusammenführen bewirken würde, und führen Sie sie dann zusammen: {where}. Dokumente, Codes und Codierer werden nach ihrer Identität abgeglichen, nicht nach dem Namen; eine Datei zweimal zusammenzuführen fügt also nichts hinzu.</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>The report appears here after Check.</source>
        <translation>Der Bericht erscheint hier nach „Prüfen“.</translation>
    </message>
    <message>
        <source>Where to save the merged project</source>
        <translation>Wo das zusammengeführte Projekt gespeichert wird</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Merged project:</source>
        <translation>Zusammengeführtes Projekt:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Coders&apos; project files:</source>
        <translation>Projektdateien der Codierer:</translation>
    </message>
    <message>
        <source>What merging would do:</source>
        <translation>Was das Zusammenführen bewirken würde:</translation>
    </message>
    <message>
        <source>Coders&apos; project files</source>
        <translation>Projektdateien der Codierer</translation>
    </message>
    <message>
        <source>Save the merged project</source>
        <translation>Zusammengeführtes Projekt speichern</translation>
    </message>
    <message>
        <source>No report: the check did not finish.</source>
        <translation>Kein Bericht: Die Prüfung wurde nicht beendet.</translation>
    </message>
    <message>
        <source>{added} new, {matched} already there</source>
        <translation>{added} neu, {matched} bereits vorhanden</translation>
    </message>
    <message>
        <source>{count} not merged</source>
        <translation>{count} nicht zusammengeführt</translation>
    </message>
    <message>
        <source>{coder} (new)</source>
        <translation>{coder} (neu)</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Dokumente:</translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation>Annotationen:</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Codierer:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>{variables} and {codes} added</source>
        <translation>{variables} und {codes} hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n Variable</numerusform>
            <numerusform>%n Variablen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Codebook:</source>
        <translation>Codebuch:</translation>
    </message>
    <message>
        <source>In all: {documents} and {annotations} would be added; {conflicts}.</source>
        <translation>Insgesamt würden {documents} und {annotations} hinzugefügt; {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to add.</source>
        <translation>Nichts Neues hinzuzufügen.</translation>
    </message>
    <message>
        <source>The files changed: press &lt;b&gt;Check&lt;/b&gt; again.</source>
        <translation>Die Dateien haben sich geändert: Drücken Sie erneut &lt;b&gt;Prüfen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Check the files first</source>
        <translation>Prüfen Sie zuerst die Dateien</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>e.g. The Guardian</source>
        <translation>z. B. Der Spiegel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>a code such as en, ru or de</source>
        <translation>ein Code wie en, ru oder de</translation>
    </message>
    <message>
        <source>Edit metadata</source>
        <translation>Metadaten bearbeiten</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Other fields:</source>
        <translation>Weitere Felder:</translation>
    </message>
    <message>
        <source>The article&apos;s text cannot be changed: annotations point into it.</source>
        <translation>Der Text des Artikels kann nicht geändert werden: Annotationen verweisen darauf.</translation>
    </message>
</context>
<context>
    <name>MetadataEditing</name>
    <message>
        <source>The document could not be read</source>
        <translation>Das Dokument konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>The metadata was not changed</source>
        <translation>Die Metadaten wurden nicht geändert</translation>
    </message>
</context>
<context>
    <name>NetworkWindow</name>
    <message>
        <source>Discourse Network</source>
        <translation>Diskursnetzwerk</translation>
    </message>
    <message>
        <source>Drawing the network</source>
        <translation>Das Zeichnen des Netzwerks</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Two-mode (actors × concepts)</source>
        <translation>Two-Mode (Akteure × Konzepte)</translation>
    </message>
    <message>
        <source>One-mode (actors via shared concepts)</source>
        <translation>One-Mode (Akteure über gemeinsame Konzepte)</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>&amp;Akteure:</translation>
    </message>
    <message>
        <source>Co&amp;ncepts:</source>
        <translation>&amp;Konzepte:</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>&amp;Qualifikator:</translation>
    </message>
    <message>
        <source>A variable saying whether the actor agrees (e.g. claim: support or criticism)</source>
        <translation>Eine Variable, die sagt, ob der Akteur zustimmt (z. B. Aussage: Unterstützung oder Kritik)</translation>
    </message>
    <message>
        <source>e.g. Support or endorsement=1, Criticism or rejection=0</source>
        <translation>z. B. Support or endorsement=1, Criticism or rejection=0</translation>
    </message>
    <message>
        <source>Codes of the qualifier as numbers: 1 agreement, 0 disagreement</source>
        <translation>Codes des Qualifikators als Zahlen: 1 Zustimmung, 0 Ablehnung</translation>
    </message>
    <message>
        <source>Qualifier &amp;map:</source>
        <translation>Qualifikator-&amp;Zuordnung:</translation>
    </message>
    <message>
        <source>A&amp;ggregation:</source>
        <translation>A&amp;ggregation:</translation>
    </message>
    <message>
        <source>N&amp;ormalization:</source>
        <translation>&amp;Normalisierung:</translation>
    </message>
    <message>
        <source>How the qualifier counts (DNA&apos;s terms): ignore it; congruence or conflict: actors on the same or opposite sides of a concept; subtract: congruence minus conflict; combine: which levels an actor used</source>
        <translation>Wie der Qualifikator zählt (Begriffe aus DNA): ignore – nicht; congruence oder conflict – Akteure auf derselben oder der anderen Seite eines Konzepts; subtract – congruence minus conflict; combine – welche Stufen ein Akteur verwendet</translation>
    </message>
    <message>
        <source>Weights relative to how much the actors say (DNA&apos;s terms): average, jaccard, cosine for one-mode; activity (per actor), prominence (per concept) for two-mode</source>
        <translation>Gewichte im Verhältnis dazu, wie viel die Akteure sagen (Begriffe aus DNA): average, jaccard, cosine für One-Mode; activity (je Akteur), prominence (je Konzept) für Two-Mode</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>&amp;Duplikate:</translation>
    </message>
    <message>
        <source>Which identical statements count once: include all, or one per document, week, month, year or the whole range</source>
        <translation>Welche gleichen Aussagen einmal zählen: alle (include) oder eine je Dokument, Woche, Monat, Jahr oder den ganzen Zeitraum</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A sequence of networks over moving time windows</source>
        <translation>Eine Folge von Netzwerken über gleitende Zeitfenster</translation>
    </message>
    <message>
        <source>Time &amp;window:</source>
        <translation>Zeit&amp;fenster:</translation>
    </message>
    <message>
        <source>Days between the windows&apos; mid-points</source>
        <translation>Tage zwischen den Mitten der Zeitfenster</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Schritt:</translation>
    </message>
    <message>
        <source>Co&amp;lour and shape by:</source>
        <translation>Fa&amp;rbe und Form nach:</translation>
    </message>
    <message>
        <source>Top-level code (e.g. actor type)</source>
        <translation>Oberster Code (z. B. Akteurstyp)</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Export &amp;Picture…</source>
        <translation>&amp;Bild exportieren…</translation>
    </message>
    <message>
        <source>Export Network &amp;File…</source>
        <translation>Netzwerkdatei &amp;exportieren…</translation>
    </message>
    <message>
        <source>GraphML or GEXF for Gephi and visone</source>
        <translation>GraphML oder GEXF für Gephi und visone</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>aggregation “{name}” needs a qualifier: choose one above.</source>
        <translation>Die Aggregation „{name}“ braucht einen Qualifikator: oben einen wählen.</translation>
    </message>
    <message>
        <source>Nothing to draw: {reason}</source>
        <translation>Nichts zu zeichnen: {reason}</translation>
    </message>
    <message>
        <source>No network: no time window lies within the dates.</source>
        <translation>Kein Netzwerk: Kein Zeitfenster liegt im Zeitraum.</translation>
    </message>
    <message>
        <source>Window {number} of {count}: {start} to {stop}</source>
        <translation>Fenster {number} von {count}: {start} bis {stop}</translation>
    </message>
    <message>
        <source>Time: all dates (set a time window)</source>
        <translation>Zeit: alle Daten (Zeitfenster einstellen)</translation>
    </message>
    <message>
        <source>{nodes} nodes, {edges} edges from {statements} statements of {coders}, {period}.</source>
        <translation>{nodes} Knoten, {edges} Kanten aus {statements} Aussagen von {coders}, {period}.</translation>
    </message>
    <message>
        <source>Edges of weight ≥ {weight:g} ({shown} shown):</source>
        <translation>Kanten mit Gewicht ≥ {weight:g} ({shown} gezeigt):</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>The picture was not written: {reason}</source>
        <translation>Das Bild wurde nicht geschrieben: {reason}</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>{name} geschrieben.</translation>
    </message>
    <message>
        <source>Export network file</source>
        <translation>Netzwerkdatei exportieren</translation>
    </message>
    <message>
        <source>GraphML for Gephi, visone, networkx (*.graphml);;GEXF for Gephi (*.gexf);;Matrix as CSV (*.csv);;JSON (*.json)</source>
        <translation>GraphML für Gephi, visone, networkx (*.graphml);;GEXF für Gephi (*.gexf);;Matrix als CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The network was not written: {reason}</source>
        <translation>Das Netzwerk wurde nicht geschrieben: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s): {names}.</source>
        <translation>
            <numerusform>%n Datei geschrieben: {names}.</numerusform>
            <numerusform>%n Dateien geschrieben: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaintedChart</name>
    <message>
        <source>{path}: the image could not be written</source>
        <translation>{path}: Das Bild konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codierer/in</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Last activity (UTC)</source>
        <translation>Letzte Aktivität (UTC)</translation>
    </message>
    <message>
        <source>Team progress</source>
        <translation>Fortschritt des Teams</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation>Diagramm als SVG speichern…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not read:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Nicht gelesen:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>No documents are assigned yet: use &lt;b&gt;Analysis → Assign Documents to Coders…&lt;/b&gt;.</source>
        <translation>Noch sind keine Dokumente zugeteilt: &lt;b&gt;Analyse → Dokumente an Codierende verteilen…&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of {assigned} assigned coding jobs done, by %n coder(s).</source>
        <translation>
            <numerusform>{done} von {assigned} zugeteilten Codieraufgaben erledigt, von %n Codierenden.</numerusform>
            <numerusform>{done} von {assigned} zugeteilten Codieraufgaben erledigt, von %n Codierenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>All sets</source>
        <translation>Alle Sets</translation>
    </message>
    <message>
        <source>Export progress table</source>
        <translation>Fortschrittstabelle exportieren</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The table was not written:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Die Tabelle wurde nicht geschrieben:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>{name} geschrieben.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing for papers (*.svg)</source>
        <translation>SVG-Grafik für Publikationen (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>&lt;b&gt;The chart was not saved:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Das Diagramm wurde nicht gespeichert:&lt;/b&gt; {reason}</translation>
    </message>
</context>
<context>
    <name>ProjectJobs</name>
    <message>
        <source>{what} is still running.</source>
        <translation>{what} läuft noch.</translation>
    </message>
    <message>
        <source>{what} is still running in {name}.</source>
        <translation>{what} läuft noch in {name}.</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>Noch beschäftigt</translation>
    </message>
    <message>
        <source>Annotator does not switch projects while work on the open one is under way.</source>
        <translation>Annotator wechselt das Projekt nicht, solange am geöffneten noch gearbeitet wird.</translation>
    </message>
    <message>
        <source>Close {name} when it has finished?</source>
        <translation>{name} schließen, wenn es fertig ist?</translation>
    </message>
    <message>
        <source>Close When Finished</source>
        <translation>Schließen, wenn fertig</translation>
    </message>
    <message>
        <source>Cancel It and Close</source>
        <translation>Abbrechen und schließen</translation>
    </message>
    <message>
        <source>Don&apos;t Close</source>
        <translation>Nicht schließen</translation>
    </message>
    <message>
        <source>Open {name} when it has finished?</source>
        <translation>{name} öffnen, wenn es fertig ist?</translation>
    </message>
    <message>
        <source>Open When Finished</source>
        <translation>Öffnen, wenn fertig</translation>
    </message>
    <message>
        <source>Cancel It and Open</source>
        <translation>Abbrechen und öffnen</translation>
    </message>
    <message>
        <source>Don&apos;t Open</source>
        <translation>Nicht öffnen</translation>
    </message>
    <message>
        <source>A dialog</source>
        <translation>Ein Dialog</translation>
    </message>
    <message>
        <source>“{title}” is still open.</source>
        <translation>„{title}“ ist noch geöffnet.</translation>
    </message>
    <message>
        <source>“{title}” is still open for {name}.</source>
        <translation>„{title}“ ist für {name} noch geöffnet.</translation>
    </message>
</context>
<context>
    <name>QdpxWorkflows</name>
    <message>
        <source>REFI-QDA project for MAXQDA, ATLAS.ti, NVivo (*.qdpx)</source>
        <translation>REFI-QDA-Projekt für MAXQDA, ATLAS.ti, NVivo (*.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA project with unique code names, for QualCoder (*.qdpx)</source>
        <translation>REFI-QDA-Projekt mit eindeutigen Codenamen, für QualCoder (*.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>REFI-QDA-Projekte (*.qdpx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export project (.qdpx)</source>
        <translation>Projekt exportieren (.qdpx)</translation>
    </message>
    <message>
        <source>Cancelled: {name} was not written.</source>
        <translation>Abgebrochen: {name} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {name}: {documents}, {annotations} by {coders}, {codes}, {memos}.</source>
        <translation>{name} geschrieben: {documents}, {annotations} von {coders}, {codes}, {memos}.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message>
        <source>no coders</source>
        <translation>keinen Codierern</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n Memo</numerusform>
            <numerusform>%n Memos</numerusform>
        </translation>
    </message>
    <message>
        <source>Code names are unique, as QualCoder needs them.</source>
        <translation>Die Codenamen sind eindeutig, wie QualCoder sie braucht.</translation>
    </message>
    <message>
        <source>Left out: {what}</source>
        <translation>Weggelassen: {what}</translation>
    </message>
    <message>
        <source>Nothing was left out.</source>
        <translation>Nichts wurde weggelassen.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben…</translation>
    </message>
    <message>
        <source>An export</source>
        <translation>Ein Export</translation>
    </message>
    <message>
        <source>The project was not exported</source>
        <translation>Das Projekt wurde nicht exportiert</translation>
    </message>
    <message>
        <source>New project from a REFI-QDA project</source>
        <translation>Neues Projekt aus einem REFI-QDA-Projekt</translation>
    </message>
    <message>
        <source>Save the new project as</source>
        <translation>Das neue Projekt speichern unter</translation>
    </message>
    <message>
        <source>No project was created</source>
        <translation>Es wurde kein Projekt angelegt</translation>
    </message>
    <message>
        <source>{path}: already exists; choose a new name for the project.</source>
        <translation>{path}: existiert bereits; wählen Sie einen neuen Namen für das Projekt.</translation>
    </message>
    <message>
        <source>New project from .qdpx</source>
        <translation>Neues Projekt aus .qdpx</translation>
    </message>
    <message>
        <source>Cancelled: no project was created.</source>
        <translation>Abgebrochen: Es wurde kein Projekt angelegt.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>An import</source>
        <translation>Ein Import</translation>
    </message>
    <message>
        <source>Created {project} from {source} ({origin}): {documents}, {coders}, {variables}, {codes}, {annotations}, {memos}.</source>
        <translation>{project} aus {source} ({origin}) angelegt: {documents}, {coders}, {variables}, {codes}, {annotations}, {memos}.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>unbekanntes Programm</translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n Codierer</numerusform>
            <numerusform>%n Codierer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n Variable</numerusform>
            <numerusform>%n Variablen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped: {what}</source>
        <translation>Zugeordnet: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Positions counted in UTF-16 units (as NVivo writes them) in {count} of %n document(s).</source>
        <translation>
            <numerusform>Positionen in UTF-16-Einheiten gezählt (wie NVivo sie schreibt) in {count} von %n Dokument.</numerusform>
            <numerusform>Positionen in UTF-16-Einheiten gezählt (wie NVivo sie schreibt) in {count} von %n Dokumenten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResearchTools</name>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Nicht geändert: {reason}</translation>
    </message>
    <message>
        <source>The codebook was not exported</source>
        <translation>Das Codebuch wurde nicht exportiert</translation>
    </message>
    <message>
        <source>The codebook was not imported</source>
        <translation>Das Codebuch wurde nicht importiert</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search every document (Enter)</source>
        <translation>Alle Dokumente durchsuchen (Eingabe)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß/klein</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>A Python regular expression</source>
        <translation>Ein regulärer Ausdruck (Python)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Hit in context</source>
        <translation>Treffer im Kontext</translation>
    </message>
    <message>
        <source>The code to give every hit (or every ticked hit)</source>
        <translation>Der Code für jeden Treffer (oder jeden angehakten Treffer)</translation>
    </message>
    <message>
        <source>Code hits</source>
        <translation>Treffer codieren</translation>
    </message>
    <message>
        <source>Code every hit, or only the ticked ones (one undo step)</source>
        <translation>Jeden Treffer codieren oder nur die angehakten (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Auto-code with:</source>
        <translation>Automatisch codieren mit:</translation>
    </message>
    <message>
        <source>{hits} in {documents}</source>
        <translation>{hits} in {documents}</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumenten</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} (showing the first ones)</source>
        <translation>{summary} (die ersten werden gezeigt)</translation>
    </message>
    <message>
        <source>Choose the code to give the hits, then Code hits.</source>
        <translation>Wählen Sie den Code für die Treffer, dann „Treffer codieren“.</translation>
    </message>
</context>
<context>
    <name>SelectionBox</name>
    <message>
        <source>Whose codings count: every coder&apos;s (except the consensus coder&apos;s), the consensus coder&apos;s only, or one coder&apos;s</source>
        <translation>Wessen Codierungen zählen: die aller Codierer (außer dem Konsens-Codierer), nur die des Konsens-Codierers oder die eines Codierers</translation>
    </message>
    <message>
        <source>&amp;Coders:</source>
        <translation>&amp;Codierer:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Count only documents published in this range (undated ones drop out)</source>
        <translation>Nur Dokumente zählen, die in diesem Zeitraum erschienen sind (undatierte fallen heraus)</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Alle Codierer</translation>
    </message>
    <message>
        <source>Consensus ({name})</source>
        <translation>Konsens ({name})</translation>
    </message>
    <message>
        <source>all coders ({names})</source>
        <translation>alle Codierer ({names})</translation>
    </message>
    <message>
        <source>coder {name}</source>
        <translation>Codierer {name}</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>alle Daten</translation>
    </message>
    <message>
        <source>{start} to {stop}</source>
        <translation>{start} bis {stop}</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>Your change was not saved: {step}. The connection to the server was lost; Annotator is reconnecting — make the change again when editing is back.</source>
        <translation>Ihre Änderung wurde nicht gespeichert: {step}. Die Verbindung zum Server ist abgebrochen; Annotator verbindet sich neu — nehmen Sie die Änderung erneut vor, sobald Bearbeiten wieder möglich ist.</translation>
    </message>
    <message>
        <source>Connected to the server again; editing is back on.</source>
        <translation>Wieder mit dem Server verbunden; Bearbeiten ist wieder möglich.</translation>
    </message>
    <message>
        <source>Not connected to the server: editing is paused until the connection is back.</source>
        <translation>Keine Verbindung zum Server: Bearbeiten ist angehalten, bis die Verbindung wieder steht.</translation>
    </message>
</context>
<context>
    <name>SetStatus</name>
    <message>
        <source>Mark {title} not started</source>
        <translation>{title} als nicht begonnen markieren</translation>
    </message>
    <message>
        <source>Mark {title} in progress</source>
        <translation>{title} als in Arbeit markieren</translation>
    </message>
    <message>
        <source>Mark {title} done</source>
        <translation>{title} als erledigt markieren</translation>
    </message>
</context>
<context>
    <name>SettleUnit</name>
    <message>
        <source>Settle unit {number} (reject)</source>
        <translation>Einheit {number} klären (verwerfen)</translation>
    </message>
    <message>
        <source>Settle unit {number} (take {coder}&apos;s version)</source>
        <translation>Einheit {number} klären (Version von {coder})</translation>
    </message>
    <message>
        <source>Settle unit {number} (edit)</source>
        <translation>Einheit {number} klären (bearbeitet)</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Move annotations from “{label}”</source>
        <translation>Annotationen von „{label}“ verschieben</translation>
    </message>
    <message>
        <source>Tick the annotations coded &lt;b&gt;{label}&lt;/b&gt; that belong to another code, then choose that code. The others stay as they are.</source>
        <translation>Haken Sie die mit &lt;b&gt;{label}&lt;/b&gt; codierten Annotationen an, die zu einem anderen Code gehören, und wählen Sie dann diesen Code. Die übrigen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Move them to:</source>
        <translation>Verschieben nach:</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Noch nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Recodes {summary}.</source>
        <translation>Codiert {summary} um.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation verschieben</numerusform>
            <numerusform>%n Annotationen verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsModel</name>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Aligned units with at least two coders&apos; values</source>
        <translation>Abgeglichene Einheiten mit Werten von mindestens zwei Codierern</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (≥ 0.8 reliable, ≥ 0.667 tentative)</source>
        <translation>Krippendorffs Alpha (≥ 0,8 reliabel, ≥ 0,667 vorläufig)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>nominal for categories, ordinal for ordered scales</source>
        <translation>nominal für Kategorien, ordinal für geordnete Skalen</translation>
    </message>
    <message>
        <source>% agree</source>
        <translation>% Übereinst.</translation>
    </message>
    <message>
        <source>Share of agreeing pairs of values</source>
        <translation>Anteil übereinstimmender Wertepaare</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>Pairwise Cohen&apos;s kappa (coder pair: value)</source>
        <translation>Paarweises Cohens Kappa (Codiererpaar: Wert)</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>Fleiss’ κ</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa over all coders</source>
        <translation>Fleiss’ Kappa über alle Codierer</translation>
    </message>
    <message>
        <source>Brennan–Prediger</source>
        <translation>Brennan–Prediger</translation>
    </message>
    <message>
        <source>Chance-corrected agreement with uniform chance</source>
        <translation>Zufallskorrigierte Übereinstimmung bei gleichverteiltem Zufall</translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1</source>
        <translation>Gwets AC1</translation>
    </message>
    <message>
        <source>Gwet&apos;s first-order agreement coefficient</source>
        <translation>Gwets Übereinstimmungskoeffizient erster Ordnung</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesart</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s convention</source>
        <translation>Krippendorffs Konvention</translation>
    </message>
    <message>
        <source>Alpha CI</source>
        <translation>KI Alpha</translation>
    </message>
    <message>
        <source>Bootstrapped confidence interval of alpha (Hayes &amp; Krippendorff)</source>
        <translation>Per Bootstrap bestimmtes Konfidenzintervall von Alpha (Hayes &amp; Krippendorff)</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>Estimated probability that alpha is below the smallest acceptable</source>
        <translation>Geschätzte Wahrscheinlichkeit, dass Alpha unter dem kleinsten annehmbaren Wert liegt</translation>
    </message>
    <message>
        <source>SE % agree</source>
        <translation>SF % Übereinst.</translation>
    </message>
    <message>
        <source>Standard error of percent agreement (Gwet)</source>
        <translation>Standardfehler der prozentualen Übereinstimmung (Gwet)</translation>
    </message>
    <message>
        <source>SE Fleiss&apos; κ</source>
        <translation>SF Fleiss&apos; κ</translation>
    </message>
    <message>
        <source>Standard error of Fleiss&apos; kappa (Gwet)</source>
        <translation>Standardfehler von Fleiss&apos; Kappa (Gwet)</translation>
    </message>
    <message>
        <source>SE Brennan–Prediger</source>
        <translation>SF Brennan–Prediger</translation>
    </message>
    <message>
        <source>Standard error of Brennan–Prediger (Gwet)</source>
        <translation>Standardfehler von Brennan–Prediger (Gwet)</translation>
    </message>
    <message>
        <source>SE Gwet&apos;s AC1</source>
        <translation>SF Gwets AC1</translation>
    </message>
    <message>
        <source>Standard error of Gwet&apos;s AC1 (Gwet)</source>
        <translation>Standardfehler von Gwets AC1 (Gwet)</translation>
    </message>
    <message>
        <source>{level:.0%} CI {interval}</source>
        <translation>{level:.0%}-KI {interval}</translation>
    </message>
    <message>
        <source>{pair}: SE {error}, CI {interval}</source>
        <translation>{pair}: SF {error}, KI {interval}</translation>
    </message>
    <message>
        <source>Several codes per span: sets compared whole; MASI alpha {alpha}</source>
        <translation>Mehrere Codes je Markierung: Mengen als Ganzes verglichen; MASI-Alpha {alpha}</translation>
    </message>
</context>
<context>
    <name>StudyTexts</name>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation>
            <numerusform>%n Artikel importieren</numerusform>
            <numerusform>%n Artikel importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s)</source>
        <translation>
            <numerusform>%n Dokument entfernen</numerusform>
            <numerusform>%n Dokumente entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionLayer</name>
    <message numerus="yes">
        <source>%n machine suggestion(s), dashed: with the caret in one, Enter accepts it and Delete dismisses it.</source>
        <translation>
            <numerusform>%n maschineller Vorschlag, gestrichelt: Steht der Cursor darin, übernimmt Eingabe ihn und Entf verwirft ihn.</numerusform>
            <numerusform>%n maschinelle Vorschläge, gestrichelt: Steht der Cursor in einem, übernimmt Eingabe ihn und Entf verwirft ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Machine suggestions are hidden on the reliability sample while you code blind: your coding is compared with the machine&apos;s.</source>
        <translation>Maschinelle Vorschläge sind in der Reliabilitätsstichprobe beim Blindcodieren ausgeblendet: Ihre Codierung wird mit der maschinellen verglichen.</translation>
    </message>
    <message>
        <source>no codes</source>
        <translation>keine Codes</translation>
    </message>
    <message>
        <source>Suggestion by {coder}</source>
        <translation>Vorschlag von {coder}</translation>
    </message>
    <message>
        <source>Suggestion by {coder} ({model})</source>
        <translation>Vorschlag von {coder} ({model})</translation>
    </message>
    <message>
        <source>{by}
{codes}
Enter accepts it, Delete dismisses it.</source>
        <translation>{by}
{codes}
Eingabe übernimmt ihn, Entf verwirft ihn.</translation>
    </message>
    <message>
        <source>Accept suggestion {quote}</source>
        <translation>Vorschlag {quote} übernehmen</translation>
    </message>
    <message>
        <source>Dismiss suggestion {quote}</source>
        <translation>Vorschlag {quote} verwerfen</translation>
    </message>
</context>
<context>
    <name>TeamProject</name>
    <message>
        <source>The server did not accept the password. Password of {user} for {location}:</source>
        <translation>Der Server hat das Passwort nicht angenommen. Passwort von {user} für {location}:</translation>
    </message>
    <message>
        <source>The server asks for the password of {user} for {location}:</source>
        <translation>Der Server verlangt das Passwort von {user} für {location}:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>TeamProjectDialog</name>
    <message>
        <source>Open team project</source>
        <translation>Team-Projekt öffnen</translation>
    </message>
    <message>
        <source>Open a project your lab keeps on a PostgreSQL server. Ask your lead for the server&apos;s name, the database and your user name. Your password is read from ~/.pgpass, PGPASSWORD or a service file; otherwise Annotator asks for it and keeps it only while the project is open.</source>
        <translation>Öffnen Sie ein Projekt, das Ihr Team auf einem PostgreSQL-Server führt. Den Namen des Servers, die Datenbank und Ihren Benutzernamen erfahren Sie von Ihrer Projektleitung. Ihr Passwort wird aus ~/.pgpass, PGPASSWORD oder einer Dienstdatei gelesen; sonst fragt Annotator danach und behält es nur, solange das Projekt offen ist.</translation>
    </message>
    <message>
        <source>db.example.org, or paste a postgresql:// URL</source>
        <translation>db.example.org, oder fügen Sie eine postgresql://-URL ein</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>Ihre Anmeldung auf dem Server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
</context>
<context>
    <name>TeamTools</name>
    <message>
        <source>The documents were not assigned</source>
        <translation>Die Dokumente wurden nicht verteilt</translation>
    </message>
    <message>
        <source>Assigned {documents} to {coders} in the set “{name}” (seed {seed}).</source>
        <translation>{documents} an {coders} verteilt, im Set „{name}“ (Startwert {seed}).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoStep</name>
    <message>
        <source>This step cannot be undone: the annotation was removed by another program.</source>
        <translation>Dieser Schritt kann nicht rückgängig gemacht werden: Die Annotation wurde von einem anderen Programm entfernt.</translation>
    </message>
    <message>
        <source>This step cannot be undone: the annotation was changed by another program.</source>
        <translation>Dieser Schritt kann nicht rückgängig gemacht werden: Die Annotation wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>This step cannot be undone: the document was removed by another program.</source>
        <translation>Dieser Schritt kann nicht rückgängig gemacht werden: Das Dokument wurde von einem anderen Programm entfernt.</translation>
    </message>
    <message>
        <source>This step cannot be undone: the document was changed by another program.</source>
        <translation>Dieser Schritt kann nicht rückgängig gemacht werden: Das Dokument wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>This step cannot be undone: the project was changed by another program ({error}).</source>
        <translation>Dieser Schritt kann nicht rückgängig gemacht werden: Das Projekt wurde von einem anderen Programm geändert ({error}).</translation>
    </message>
    <message>
        <source>This step cannot be redone: the annotation was removed by another program.</source>
        <translation>Dieser Schritt kann nicht wiederholt werden: Die Annotation wurde von einem anderen Programm entfernt.</translation>
    </message>
    <message>
        <source>This step cannot be redone: the annotation was changed by another program.</source>
        <translation>Dieser Schritt kann nicht wiederholt werden: Die Annotation wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>This step cannot be redone: the document was removed by another program.</source>
        <translation>Dieser Schritt kann nicht wiederholt werden: Das Dokument wurde von einem anderen Programm entfernt.</translation>
    </message>
    <message>
        <source>This step cannot be redone: the document was changed by another program.</source>
        <translation>Dieser Schritt kann nicht wiederholt werden: Das Dokument wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>This step cannot be redone: the project was changed by another program ({error}).</source>
        <translation>Dieser Schritt kann nicht wiederholt werden: Das Projekt wurde von einem anderen Programm geändert ({error}).</translation>
    </message>
</context>
<context>
    <name>UnitComparison</name>
    <message>
        <source>Unit {number} — {title}</source>
        <translation>Einheit {number} — {title}</translation>
    </message>
    <message>
        <source>The coders differ in {variables}.</source>
        <translation>Die Codierer weichen ab in {variables}.</translation>
    </message>
    <message>
        <source>Not every coder marked this text: missing {coders}.</source>
        <translation>Nicht jeder Codierer hat diesen Text markiert: Es fehlen {coders}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settled:&lt;/b&gt; {decision} {coder}. Choosing again replaces it.</source>
        <translation>&lt;b&gt;Geklärt:&lt;/b&gt; {decision} {coder}. Eine neue Wahl ersetzt dies.</translation>
    </message>
    <message>
        <source>Choose the right version; it is saved as the consensus coder&apos;s annotation.</source>
        <translation>Wählen Sie die richtige Version; sie wird als Annotation des Konsens-Codierers gespeichert.</translation>
    </message>
    <message>
        <source>Reject: this should not be coded at all</source>
        <translation>Verwerfen: Dies sollte gar nicht codiert werden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>did not mark this text</source>
        <translation>hat diesen Text nicht markiert</translation>
    </message>
    <message>
        <source>Take {coder}&apos;s version</source>
        <translation>Version von {coder} übernehmen</translation>
    </message>
    <message>
        <source>Take it with edited codes…</source>
        <translation>Mit geänderten Codes übernehmen…</translation>
    </message>
</context>
<context>
    <name>UpdateAnnotation</name>
    <message>
        <source>Recode {quote} and edit its memo</source>
        <translation>{quote} umcodieren und Memo bearbeiten</translation>
    </message>
    <message>
        <source>Recode {quote}</source>
        <translation>{quote} umcodieren</translation>
    </message>
    <message>
        <source>Edit memo of {quote}</source>
        <translation>Memo von {quote} bearbeiten</translation>
    </message>
</context>
<context>
    <name>VariableColumn</name>
    <message>
        <source>Categories (unordered)</source>
        <translation>Kategorien (ungeordnet)</translation>
    </message>
    <message>
        <source>Ordered scale (e.g. tone: negative &lt; neutral &lt; positive)</source>
        <translation>Geordnete Skala (z. B. Tonalität: negativ &lt; neutral &lt; positiv)</translation>
    </message>
    <message>
        <source>Free text typed by the coder</source>
        <translation>Freitext, vom Codierer eingegeben</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Several codes per span</source>
        <translation>Mehrere Codes je Markierung</translation>
    </message>
    <message>
        <source>e.g. framing: a span may carry several frames</source>
        <translation>z. B. Framing: Eine Markierung kann mehrere Frames tragen</translation>
    </message>
    <message>
        <source>Coders may add codes while coding</source>
        <translation>Codierer dürfen beim Codieren Codes hinzufügen</translation>
    </message>
    <message>
        <source>An open list, like actor names</source>
        <translation>Eine offene Liste, etwa Akteursnamen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a variable</source>
        <translation>Eine Variable hinzufügen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the variable</source>
        <translation>Die Variable umbenennen</translation>
    </message>
    <message>
        <source>Move the variable up (its place in the coding popup and exports)</source>
        <translation>Die Variable nach oben verschieben (ihr Platz im Codier-Popup und in Exporten)</translation>
    </message>
    <message>
        <source>Move the variable down</source>
        <translation>Die Variable nach unten verschieben</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete an unused variable</source>
        <translation>Eine unbenutzte Variable löschen</translation>
    </message>
    <message>
        <source>Its values are:</source>
        <translation>Ihre Werte sind:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Code news articles along a codebook (actor, claim, sector, framing), blind to the other coders. Every change is saved at once.</source>
        <translation>Codieren Sie Nachrichtenartikel nach einem Codebuch (Akteur, Claim, Sektor, Framing), blind gegenüber den anderen Codierern. Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open team project…</source>
        <translation>Team-Projekt öffnen…</translation>
    </message>
    <message>
        <source>Try the demo project</source>
        <translation>Demo-Projekt ausprobieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;Version {version}&lt;/small&gt;</source>
        <translation>&lt;small&gt;Version {version}&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>Windows</name>
    <message>
        <source>{name} is already open in the running {app}; its window is brought to the front.</source>
        <translation>{name} ist im laufenden {app} bereits geöffnet; sein Fenster wird nach vorn geholt.</translation>
    </message>
    <message>
        <source>Opening {name} in the running {app} window.</source>
        <translation>{name} wird im Fenster des laufenden {app} geöffnet.</translation>
    </message>
    <message>
        <source>Opening {name} in a new window of the running {app}.</source>
        <translation>{name} wird in einem neuen Fenster des laufenden {app} geöffnet.</translation>
    </message>
    <message>
        <source>{app} is already running; its window is brought to the front.</source>
        <translation>{app} läuft bereits; sein Fenster wird nach vorn geholt.</translation>
    </message>
    <message>
        <source>a fresh copy of the demo</source>
        <translation>eine frische Kopie der Demo</translation>
    </message>
    <message>
        <source>The demo</source>
        <translation>Die Demo</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Not connected to the server: the document shows once it is back.</source>
        <translation>Keine Verbindung zum Server: Das Dokument erscheint, sobald sie wieder steht.</translation>
    </message>
    <message>
        <source>This document cannot be shown just now: {error}</source>
        <translation>Dieses Dokument kann gerade nicht angezeigt werden: {error}</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Codierer:</translation>
    </message>
    <message>
        <source>{variable}:</source>
        <translation>{variable}:</translation>
    </message>
    <message>
        <source>no {variable}</source>
        <translation>ohne {variable}</translation>
    </message>
    <message>
        <source>Press a code&apos;s key to recode it, Enter to edit all values, Delete to remove it.</source>
        <translation>Taste eines Codes: umcodieren; Eingabetaste: alle Werte bearbeiten; Entf: löschen.</translation>
    </message>
    <message>
        <source>Coded by {coder} (read only)</source>
        <translation>Codiert von {coder} (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Select some text first, then code it.</source>
        <translation>Wählen Sie zuerst Text aus, dann codieren Sie ihn.</translation>
    </message>
    <message>
        <source>Select some text first, then press Enter.</source>
        <translation>Wählen Sie zuerst Text aus, dann drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>{step}, adding {codes}</source>
        <translation>{step}, dabei {codes} anlegen</translation>
    </message>
    <message>
        <source>Select an annotation to delete (click its highlight).</source>
        <translation>Wählen Sie die zu löschende Annotation (klicken Sie auf ihre Hervorhebung).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to code: %n hit(s) already coded as {code} by you.</source>
        <translation>
            <numerusform>Nichts zu codieren: %n Treffer haben Sie bereits als {code} codiert.</numerusform>
            <numerusform>Nichts zu codieren: %n Treffer haben Sie bereits als {code} codiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto-code %n hit(s) as {code}</source>
        <translation>
            <numerusform>%n Treffer automatisch als {code} codieren</numerusform>
            <numerusform>%n Treffer automatisch als {code} codieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %n hit(s) as {code}.</source>
        <translation>
            <numerusform>%n Treffer als {code} codiert.</numerusform>
            <numerusform>%n Treffer als {code} codiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n already coded.</source>
        <translation>
            <numerusform>%n bereits codierten Treffer übersprungen.</numerusform>
            <numerusform>%n bereits codierte Treffer übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} {skipped}</source>
        <translation>{done} {skipped}</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
</context>
</TS>

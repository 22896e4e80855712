<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>An agreement computation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Handed over to the running {app}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running {app} did not answer; nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleImport</name>
    <message>
        <source>An import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoderWorkflows</name>
    <message>
        <source>Writing coder copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exact text for R, SPSS, Stata (not for spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a cell starting with = + - @, a tab or a line break gets a leading &apos; so that Excel or LibreOffice shows it as text instead of running it as a formula.
On: every cell is written exactly as stored, for analysis software; do not open that file in a spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <source>Another program changed this project; the window shows its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was removed by another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>Check these (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>The running {app} could not read the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running {app} could not take the request (see its log).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} will be shown in {language} after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Windows</name>
    <message>
        <source>{name} is already open in the running {app}; its window is brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name} in the running {app} window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name} in a new window of the running {app}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} is already running; its window is brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fresh copy of the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message numerus="yes">
        <source>

%n cell(s) starting with = + - @, a tab or a line break have a leading &apos; so that spreadsheets show them as text (tick &quot;Exact text&quot; for R, SPSS, Stata).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>

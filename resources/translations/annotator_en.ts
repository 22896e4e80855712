<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message numerus="yes">
        <source>Reliability sample (%n document(s) with 2+ coders)</source>
        <translation>
            <numerusform>Reliability sample (%n document with 2+ coders)</numerusform>
            <numerusform>Reliability sample (%n documents with 2+ coders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n disagreement</numerusform>
            <numerusform>%n disagreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{settled} of %n disagreement(s) settled, {remaining} to adjudicate&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;{settled} of %n disagreement settled, {remaining} to adjudicate&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;{settled} of %n disagreements settled, {remaining} to adjudicate&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <source>The %n document(s) the list&apos;s filter shows</source>
        <translation>
            <numerusform>The %n document the list&apos;s filter shows</numerusform>
            <numerusform>The %n documents the list&apos;s filter shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected document(s)</source>
        <translation>
            <numerusform>The %n selected document</numerusform>
            <numerusform>The %n selected documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n coder</numerusform>
            <numerusform>%n coders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overlap document(s)</source>
        <translation>
            <numerusform>%n overlap document</numerusform>
            <numerusform>%n overlap documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoCodeConfirmation</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) already coded as {code} by you will be skipped.</source>
        <translation>
            <numerusform>%n hit already coded as {code} by you will be skipped.</numerusform>
            <numerusform>%n hits already coded as {code} by you will be skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoCodingJob</name>
    <message numerus="yes">
        <source>Coding %n hit(s) as {code}…</source>
        <translation>
            <numerusform>Coding %n hit as {code}…</numerusform>
            <numerusform>Coding %n hits as {code}…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message numerus="yes">
        <source>%n annotation(s) hold values of {name}; retire its codes instead</source>
        <translation>
            <numerusform>%n annotation holds values of {name}; retire its codes instead</numerusform>
            <numerusform>%n annotations hold values of {name}; retire its codes instead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {name} and its %n code(s)?</source>
        <translation>
            <numerusform>Delete {name} and its %n code?</numerusform>
            <numerusform>Delete {name} and its %n codes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge into another code… (%n annotation(s))</source>
        <translation>
            <numerusform>Merge into another code… (%n annotation)</numerusform>
            <numerusform>Merge into another code… (%n annotations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookTransfer</name>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoderWorkflows</name>
    <message numerus="yes">
        <source>%n coder copies in {folder}:
{files}

Give each coder their file; merge them back with File → Merge Coder Projects….</source>
        <translation>
            <numerusform>%n coder copy in {folder}:
{files}

Give each coder their file; merge them back with File → Merge Coder Projects….</numerusform>
            <numerusform>%n coder copies in {folder}:
{files}

Give each coder their file; merge them back with File → Merge Coder Projects….</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>

%n cell(s) starting with = + - @, a tab or a line break have a leading &apos; so that spreadsheets show them as text (tick &quot;Exact text&quot; for R, SPSS, Stata).</source>
        <translation>
            <numerusform>

%n cell starting with = + - @, a tab or a line break has a leading &apos; so that spreadsheets show it as text (tick &quot;Exact text&quot; for R, SPSS, Stata).</numerusform>
            <numerusform>

%n cells starting with = + - @, a tab or a line break have a leading &apos; so that spreadsheets show them as text (tick &quot;Exact text&quot; for R, SPSS, Stata).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message numerus="yes">
        <source>The first %n row(s) (sheet {sheet}):</source>
        <translation>
            <numerusform>The first %n row (sheet {sheet}):</numerusform>
            <numerusform>The first %n rows (sheet {sheet}):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s):</source>
        <translation>
            <numerusform>The first %n row:</numerusform>
            <numerusform>The first %n rows:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;{label}&lt;/b&gt; is used by %n annotation(s). Coders&apos; work is never deleted silently — choose what happens to them:</source>
        <translation>
            <numerusform>&lt;b&gt;{label}&lt;/b&gt; is used by %n annotation. Coders&apos; work is never deleted silently — choose what happens to it:</numerusform>
            <numerusform>&lt;b&gt;{label}&lt;/b&gt; is used by %n annotations. Coders&apos; work is never deleted silently — choose what happens to them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Either way %n annotation(s) are touched. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Either way %n annotation is touched. Undo with Ctrl+Z.</numerusform>
            <numerusform>Either way %n annotations are touched. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentMenu</name>
    <message numerus="yes">
        <source>Remove %n Document(s)…</source>
        <translation>
            <numerusform>Remove Document…</numerusform>
            <numerusform>Remove %n Documents…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message numerus="yes">
        <source>{done} of %n done</source>
        <translation>
            <numerusform>{done} of %n done</numerusform>
            <numerusform>{done} of %n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n document(s)</source>
        <translation>
            <numerusform>{shown} of %n document</numerusform>
            <numerusform>{shown} of %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentRemoval</name>
    <message numerus="yes">
        <source>Remove %n document(s)?</source>
        <translation>
            <numerusform>Remove %n document?</numerusform>
            <numerusform>Remove %n documents?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{annotations} by {coders} will be lost with them.</source>
        <translation>
            <numerusform>{annotations} by {coders} will be lost with it.</numerusform>
            <numerusform>{annotations} by {coders} will be lost with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No one has coded them yet.</source>
        <translation>
            <numerusform>No one has coded it yet.</numerusform>
            <numerusform>No one has coded them yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n document(s) (Ctrl+Z undoes it).</source>
        <translation>
            <numerusform>Removed %n document (Ctrl+Z undoes it).</numerusform>
            <numerusform>Removed %n documents (Ctrl+Z undoes it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s) (Ctrl+Z undoes the import).</source>
        <translation>
            <numerusform>Imported %n article (Ctrl+Z undoes the import).</numerusform>
            <numerusform>Imported %n articles (Ctrl+Z undoes the import).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>&lt;b&gt;{name} has %n problem(s).&lt;/b&gt; Fix them in the file (the places are given as sheet, row and column) and import again. Nothing was changed.</source>
        <translation>
            <numerusform>&lt;b&gt;{name} has %n problem.&lt;/b&gt; Fix it in the file (the place is given as sheet, row and column) and import again. Nothing was changed.</numerusform>
            <numerusform>&lt;b&gt;{name} has %n problems.&lt;/b&gt; Fix them in the file (the places are given as sheet, row and column) and import again. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing &lt;b&gt;{name}&lt;/b&gt; would make these %n change(s). Codes that annotations use are never deleted (they are retired). You can undo the whole import with Ctrl+Z.</source>
        <translation>
            <numerusform>Importing &lt;b&gt;{name}&lt;/b&gt; would make this %n change. Codes that annotations use are never deleted (they are retired). You can undo the whole import with Ctrl+Z.</numerusform>
            <numerusform>Importing &lt;b&gt;{name}&lt;/b&gt; would make these %n changes. Codes that annotations use are never deleted (they are retired). You can undo the whole import with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n new article(s)&lt;/b&gt; will be imported</source>
        <translation>
            <numerusform>&lt;b&gt;%n new article&lt;/b&gt; will be imported</numerusform>
            <numerusform>&lt;b&gt;%n new articles&lt;/b&gt; will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project (skipped)</source>
        <translation>
            <numerusform>%n already in the project (skipped)</numerusform>
            <numerusform>%n already in the project (skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported</source>
        <translation>
            <numerusform>%n file cannot be imported</numerusform>
            <numerusform>%n files cannot be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Article(s)</source>
        <translation>
            <numerusform>Import %n Article</numerusform>
            <numerusform>Import %n Articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} holds %n article(s); select one to see its text.</source>
        <translation>
            <numerusform>{name} holds %n article; select it to see its text.</numerusform>
            <numerusform>{name} holds %n articles; select one to see its text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>Check these (%n)</source>
        <translation>
            <numerusform>Check these (%n)</numerusform>
            <numerusform>Check these (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article imported</numerusform>
            <numerusform>%n articles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project (skipped)</source>
        <translation>
            <numerusform>%n already in the project (skipped)</numerusform>
            <numerusform>%n already in the project (skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported</source>
        <translation>
            <numerusform>%n file could not be imported</numerusform>
            <numerusform>%n files could not be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n to check</numerusform>
            <numerusform>%n to check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MachineCodingDialog</name>
    <message numerus="yes">
        <source>The %n document(s) the list&apos;s filter shows</source>
        <translation>
            <numerusform>The %n document the list&apos;s filter shows</numerusform>
            <numerusform>The %n documents the list&apos;s filter shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected document(s)</source>
        <translation>
            <numerusform>The %n selected document</numerusform>
            <numerusform>The %n selected documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to send</source>
        <translation>
            <numerusform>%n document to send</numerusform>
            <numerusform>%n documents to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded {coded} of %n document(s) as {coder}.</source>
        <translation>
            <numerusform>Coded {coded} of %n document as {coder}.</numerusform>
            <numerusform>Coded {coded} of %n documents as {coder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Blind coding: %n span(s) by other coders hidden</source>
        <translation>
            <numerusform>Blind coding: %n span by other coders hidden</numerusform>
            <numerusform>Blind coding: %n spans by other coders hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>Merge (%n annotation(s))</source>
        <translation>
            <numerusform>Merge (%n annotation)</numerusform>
            <numerusform>Merge (%n annotations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkWindow</name>
    <message numerus="yes">
        <source>Wrote %n file(s): {names}.</source>
        <translation>
            <numerusform>Wrote %n file: {names}.</numerusform>
            <numerusform>Wrote %n files: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message numerus="yes">
        <source>{done} of {assigned} assigned coding jobs done, by %n coder(s).</source>
        <translation>
            <numerusform>{done} of {assigned} assigned coding jobs done, by %n coder.</numerusform>
            <numerusform>{done} of {assigned} assigned coding jobs done, by %n coders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QdpxWorkflows</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n memo</numerusform>
            <numerusform>%n memos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n coder</numerusform>
            <numerusform>%n coders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Positions counted in UTF-16 units (as NVivo writes them) in {count} of %n document(s).</source>
        <translation>
            <numerusform>Positions counted in UTF-16 units (as NVivo writes them) in {count} of %n document.</numerusform>
            <numerusform>Positions counted in UTF-16 units (as NVivo writes them) in {count} of %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message numerus="yes">
        <source>Move %n annotation(s)</source>
        <translation>
            <numerusform>Move %n annotation</numerusform>
            <numerusform>Move %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyTexts</name>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation>
            <numerusform>Import %n article</numerusform>
            <numerusform>Import %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s)</source>
        <translation>
            <numerusform>Remove %n document</numerusform>
            <numerusform>Remove %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionLayer</name>
    <message numerus="yes">
        <source>%n machine suggestion(s), dashed: with the caret in one, Enter accepts it and Delete dismisses it.</source>
        <translation>
            <numerusform>%n machine suggestion, dashed: with the caret in it, Enter accepts it and Delete dismisses it.</numerusform>
            <numerusform>%n machine suggestions, dashed: with the caret in one, Enter accepts it and Delete dismisses it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamTools</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n coder</numerusform>
            <numerusform>%n coders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message numerus="yes">
        <source>Nothing to code: %n hit(s) already coded as {code} by you.</source>
        <translation>
            <numerusform>Nothing to code: %n hit already coded as {code} by you.</numerusform>
            <numerusform>Nothing to code: %n hits already coded as {code} by you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto-code %n hit(s) as {code}</source>
        <translation>
            <numerusform>Auto-code %n hit as {code}</numerusform>
            <numerusform>Auto-code %n hits as {code}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %n hit(s) as {code}.</source>
        <translation>
            <numerusform>Coded %n hit as {code}.</numerusform>
            <numerusform>Coded %n hits as {code}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n already coded.</source>
        <translation>
            <numerusform>Skipped %n already coded.</numerusform>
            <numerusform>Skipped %n already coded.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ChartOutput</name>
        <message>
            <source>Sources: %1</source>
            <translation>Sources: %1</translation>
        </message>
        <message>
            <source>Date: %1 · PolicyLens %2</source>
            <translation>Date: %1 · PolicyLens %2</translation>
        </message>
        <message>
            <source>the chart could not be drawn as PNG</source>
            <translation>the chart could not be drawn as PNG</translation>
        </message>
        <message>
            <source>unknown chart format '%1' (use .png, .svg or .pdf)</source>
            <translation>unknown chart format '%1' (use .png, .svg or .pdf)</translation>
        </message>
        <message>
            <source>the PDF could not be started</source>
            <translation>the PDF could not be started</translation>
        </message>
    </context>
    <context>
        <name>ExportFont</name>
        <message>
            <source>Writing a PDF needs the graphical application (fonts are not available).</source>
            <translation>Writing a PDF needs the graphical application (fonts are not available).</translation>
        </message>
        <message>
            <source>No Chinese font is installed (tried %1). Install Noto Sans CJK SC (fonts-noto-cjk) or Microsoft YaHei and export again.</source>
            <translation>No Chinese font is installed (tried %1). Install Noto Sans CJK SC (fonts-noto-cjk) or Microsoft YaHei and export again.</translation>
        </message>
    </context>
    <context>
        <name>HighlightText</name>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Hedge</source>
            <translation>Hedge</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Corrected</translation>
        </message>
        <message>
            <source>yes, by a user</source>
            <translation>yes, by a user</translation>
        </message>
    </context>
    <context>
        <name>IndicatorChart</name>
        <message>
            <source>Unspecified area</source>
            <translation>Unspecified area</translation>
        </message>
        <message>
            <source>Target %1: %2 by %3</source>
            <translation>Target %1: %2 by %3</translation>
        </message>
        <message>
            <source>Target %1: %2</source>
            <translation>Target %1: %2</translation>
        </message>
        <message>
            <source>%1 (%2% of target)</source>
            <translation>%1 (%2% of target)</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Reported: %1</source>
            <translation>Reported: %1</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Latest reported value</source>
            <translation>Latest reported value</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>Share (%)</translation>
        </message>
        <message>
            <source>Change (percentage points, 个百分点)</source>
            <translation>Change (percentage points, 个百分点)</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Value (%1)</source>
            <translation>Value (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n target</numerusform>
                <numerusform>%n targets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reported value(s)</source>
            <translation>
                <numerusform>%n reported value</numerusform>
                <numerusform>%n reported values</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n figure(s) in other units not charted</source>
            <translation>
                <numerusform>%n figure in other units not charted</numerusform>
                <numerusform>%n figures in other units not charted</numerusform>
            </translation>
        </message>
        <message>
            <source>By region</source>
            <translation>By region</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>Over time</translation>
        </message>
        <message>
            <source>%1 (set by hand)</source>
            <translation>%1 (set by hand)</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Reported</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Forecast</translation>
        </message>
        <message>
            <source>Parameter</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>At risk</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>As judged</source>
            <translation>As judged</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>No data</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>On track</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
    </context>
    <context>
        <name>MeetingPackSource</name>
        <message>
            <source>Unit: %1</source>
            <translation>Unit: %1</translation>
        </message>
    </context>
    <context>
        <name>MeetingPackWriter</name>
        <message>
            <source>Target %1</source>
            <translation>Target %1</translation>
        </message>
        <message>
            <source>Targets and latest reported values</source>
            <translation>Targets and latest reported values</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Set in</source>
            <translation>Set in</translation>
        </message>
        <message>
            <source>Latest reported</source>
            <translation>Latest reported</translation>
        </message>
        <message>
            <source>Reported in</source>
            <translation>Reported in</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>Attainment</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Source quotes</source>
            <translation>Source quotes</translation>
        </message>
        <message>
            <source>p. %1</source>
            <translation>p. %1</translation>
        </message>
        <message>
            <source>the meeting pack cannot be printed or written</source>
            <translation>the meeting pack cannot be printed or written</translation>
        </message>
        <message>
            <source>Meeting pack</source>
            <translation>Meeting pack</translation>
        </message>
        <message>
            <source>All targets</source>
            <translation>All targets</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n target</numerusform>
                <numerusform>%n targets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n chart(s)</source>
            <translation>
                <numerusform>%n chart</numerusform>
                <numerusform>%n charts</numerusform>
            </translation>
        </message>
        <message>
            <source>export cancelled</source>
            <translation>export cancelled</translation>
        </message>
        <message>
            <source>%1 (set by hand)</source>
            <translation>%1 (set by hand)</translation>
        </message>
    </context>
    <context>
        <name>OutputFile</name>
        <message>
            <source>no output file given</source>
            <translation>no output file given</translation>
        </message>
        <message>
            <source>is a folder; give a file name to write</source>
            <translation>is a folder; give a file name to write</translation>
        </message>
        <message>
            <source>the folder %1 does not exist</source>
            <translation>the folder %1 does not exist</translation>
        </message>
        <message>
            <source>cannot be written (%1); choose a folder you can write to</source>
            <translation>cannot be written (%1); choose a folder you can write to</translation>
        </message>
        <message>
            <source>cannot be written (not open)</source>
            <translation>cannot be written (not open)</translation>
        </message>
        <message>
            <source>cannot be written (%1); is the disk full?</source>
            <translation>cannot be written (%1); is the disk full?</translation>
        </message>
        <message>
            <source>cannot be saved (%1)</source>
            <translation>cannot be saved (%1)</translation>
        </message>
    </context>
    <context>
        <name>PackAnalysis</name>
        <message>
            <source>Cascade check: targets of the regions inside a region</source>
            <translation>Cascade check: targets of the regions inside a region</translation>
        </message>
        <message>
            <source>Counts and amounts are added, rates and shares compared one by one; units that do not add are never added. Red: short of the parent, less demanding, due later, or missing.</source>
            <translation>Counts and amounts are added, rates and shares compared one by one; units that do not add are never added. Red: short of the parent, less demanding, due later, or missing.</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Children's sum</source>
            <translation>Children's sum</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>The gazetteer cannot place this region: listed, not guessed.</source>
            <translation>The gazetteer cannot place this region: listed, not guessed.</translation>
        </message>
        <message>
            <source>Deadline radar</source>
            <translation>Deadline radar</translation>
        </message>
        <message numerus="yes">
            <source>As of %1: targets past due or due this year with nothing reported since they were set, values older than %n month(s), and straight-line projections (not data) that fall short.</source>
            <translation>
                <numerusform>As of %1: targets past due or due this year with nothing reported since they were set, values older than %n month, and straight-line projections (not data) that fall short.</numerusform>
                <numerusform>As of %1: targets past due or due this year with nothing reported since they were set, values older than %n months, and straight-line projections (not data) that fall short.</numerusform>
            </translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>Latest value</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Plan revisions</source>
            <translation>Plan revisions</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Older</source>
            <translation>Older</translation>
        </message>
        <message>
            <source>Newer</source>
            <translation>Newer</translation>
        </message>
        <message numerus="yes">
            <source>%1 → %2 (%n change(s))</source>
            <translation>
                <numerusform>%1 → %2 (%n change)</numerusform>
                <numerusform>%1 → %2 (%n changes)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Document date</source>
            <translation>Document date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Metric</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Comparator</source>
            <translation>Comparator</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Value max</source>
            <translation>Value max</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Hedge</source>
            <translation>Hedge</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Agencies</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Status note</source>
            <translation>Status note</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Reports on</source>
            <translation>Reports on</translation>
        </message>
        <message>
            <source>Restates</source>
            <translation>Restates</translation>
        </message>
        <message>
            <source>Breaks down</source>
            <translation>Breaks down</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Suggested</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Commitments</translation>
        </message>
        <message>
            <source>Reported values</source>
            <translation>Reported values</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>From document</source>
            <translation>From document</translation>
        </message>
        <message>
            <source>From figure</source>
            <translation>From figure</translation>
        </message>
        <message>
            <source>From value</source>
            <translation>From value</translation>
        </message>
        <message>
            <source>From year</source>
            <translation>From year</translation>
        </message>
        <message>
            <source>To document</source>
            <translation>To document</translation>
        </message>
        <message>
            <source>To figure</source>
            <translation>To figure</translation>
        </message>
        <message>
            <source>To value</source>
            <translation>To value</translation>
        </message>
        <message>
            <source>To year</source>
            <translation>To year</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Annotations</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>Modified</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Orphaned</source>
            <translation>Orphaned</translation>
        </message>
        <message>
            <source>there is no table to write</source>
            <translation>there is no table to write</translation>
        </message>
        <message>
            <source>no temporary folder to write to (%1)</source>
            <translation>no temporary folder to write to (%1)</translation>
        </message>
        <message>
            <source>the spreadsheet cannot be created</source>
            <translation>the spreadsheet cannot be created</translation>
        </message>
        <message>
            <source>export cancelled</source>
            <translation>export cancelled</translation>
        </message>
        <message>
            <source>the spreadsheet cannot be written (%1)</source>
            <translation>the spreadsheet cannot be written (%1)</translation>
        </message>
    </context>
    <context>
        <name>plens::OfdRenderer</name>
        <message>
            <source>the embedded font %1 cannot be read; a substitute is used</source>
            <translation>the embedded font %1 cannot be read; a substitute is used</translation>
        </message>
        <message>
            <source>an image is missing (%1)</source>
            <translation>an image is missing (%1)</translation>
        </message>
        <message>
            <source>an image cannot be decoded (%1)</source>
            <translation>an image cannot be decoded (%1)</translation>
        </message>
    </context>
    <context>
        <name>plens::PdfRenderer</name>
        <message>
            <source>not a readable PDF file</source>
            <translation>not a readable PDF file</translation>
        </message>
        <message>
            <source>the PDF is protected by a password</source>
            <translation>the PDF is protected by a password</translation>
        </message>
        <message>
            <source>the password is not correct</source>
            <translation>the password is not correct</translation>
        </message>
        <message>
            <source>the PDF has no pages</source>
            <translation>the PDF has no pages</translation>
        </message>
    </context>
    <context>
        <name>plens::Status</name>
        <message>
            <source>no data</source>
            <translation>no data</translation>
        </message>
        <message>
            <source>met</source>
            <translation>met</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>on track</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>at risk</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>missed</translation>
        </message>
        <message>
            <source>The figure is about %1, the target about %2: it does not count towards the target.</source>
            <translation>The figure is about %1, the target about %2: it does not count towards the target.</translation>
        </message>
        <message>
            <source>The figure is counted in %1, the target in %2: it does not count towards the target.</source>
            <translation>The figure is counted in %1, the target in %2: it does not count towards the target.</translation>
        </message>
        <message>
            <source>A change in percentage points is not a level: it does not count towards the target.</source>
            <translation>A change in percentage points is not a level: it does not count towards the target.</translation>
        </message>
        <message numerus="yes">
            <source>None of the %n linked figure(s) counts: they are about another region, in another unit, or changes in percentage points.</source>
            <translation>
                <numerusform>None of the %n linked figure counts: they are about another region, in another unit, or changes in percentage points.</numerusform>
                <numerusform>None of the %n linked figures counts: they are about another region, in another unit, or changes in percentage points.</numerusform>
            </translation>
        </message>
        <message>
            <source>No figure has been reported for the target's region yet.</source>
            <translation>No figure has been reported for the target's region yet.</translation>
        </message>
        <message>
            <source>The latest reported value (%1, %2) meets the target.</source>
            <translation>The latest reported value (%1, %2) meets the target.</translation>
        </message>
        <message>
            <source>The latest reported value (%1) meets the target.</source>
            <translation>The latest reported value (%1) meets the target.</translation>
        </message>
        <message>
            <source>The target was due in %1 and the latest reported value (%2) does not meet it.</source>
            <translation>The target was due in %1 and the latest reported value (%2) does not meet it.</translation>
        </message>
        <message>
            <source>The latest reported value (%1) is above the limit of %2.</source>
            <translation>The latest reported value (%1) is above the limit of %2.</translation>
        </message>
        <message>
            <source>%1% reached in %2, about as much as a steady pace from %3 to %4 would give (%5%).</source>
            <translation>%1% reached in %2, about as much as a steady pace from %3 to %4 would give (%5%).</translation>
        </message>
        <message>
            <source>Only %1% reached in %2, behind a steady pace from %3 to %4 (%5%).</source>
            <translation>Only %1% reached in %2, behind a steady pace from %3 to %4 (%5%).</translation>
        </message>
    </context>
    <context>
        <name>plens::Workspace</name>
        <message>
            <source>no annotation with id %1</source>
            <translation>no annotation with id %1</translation>
        </message>
        <message>
            <source>no document with id %1</source>
            <translation>no document with id %1</translation>
        </message>
        <message>
            <source>no figure with id %1</source>
            <translation>no figure with id %1</translation>
        </message>
        <message>
            <source>a figure cannot be linked to itself</source>
            <translation>a figure cannot be linked to itself</translation>
        </message>
        <message>
            <source>the link was not stored</source>
            <translation>the link was not stored</translation>
        </message>
        <message>
            <source>no link with id %1</source>
            <translation>no link with id %1</translation>
        </message>
        <message>
            <source>the workspace is busy (another program is writing to it)</source>
            <translation>the workspace is busy (another program is writing to it)</translation>
        </message>
        <message>
            <source>the workspace cannot be written (read-only file or folder)</source>
            <translation>the workspace cannot be written (read-only file or folder)</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>database error: %1</source>
            <translation>database error: %1</translation>
        </message>
        <message>
            <source>a tag needs a name</source>
            <translation>a tag needs a name</translation>
        </message>
        <message>
            <source>a tag cannot be moved inside itself</source>
            <translation>a tag cannot be moved inside itself</translation>
        </message>
        <message>
            <source>no tag with id %1</source>
            <translation>no tag with id %1</translation>
        </message>
        <message>
            <source>is a folder, not a workspace file</source>
            <translation>is a folder, not a workspace file</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>cannot create the folder %1</translation>
        </message>
        <message>
            <source>not a PolicyLens workspace (the file is not a database)</source>
            <translation>not a PolicyLens workspace (the file is not a database)</translation>
        </message>
        <message>
            <source>the folder %1 is read-only</source>
            <translation>the folder %1 is read-only</translation>
        </message>
        <message>
            <source>the workspace is open in another PolicyLens (process %1 on %2)</source>
            <translation>the workspace is open in another PolicyLens (process %1 on %2)</translation>
        </message>
        <message>
            <source>not a PolicyLens workspace (unreadable database)</source>
            <translation>not a PolicyLens workspace (unreadable database)</translation>
        </message>
        <message>
            <source>made by a newer PolicyLens (schema %1, this version reads up to %2)</source>
            <translation>made by a newer PolicyLens (schema %1, this version reads up to %2)</translation>
        </message>
        <message>
            <source>not a PolicyLens workspace (a database of another program)</source>
            <translation>not a PolicyLens workspace (a database of another program)</translation>
        </message>
        <message>
            <source>cannot make a backup copy before upgrading the workspace (%1)</source>
            <translation>cannot make a backup copy before upgrading the workspace (%1)</translation>
        </message>
        <message>
            <source>broken references in table %1</source>
            <translation>broken references in table %1</translation>
        </message>
        <message>
            <source>the annotation was not stored</source>
            <translation>the annotation was not stored</translation>
        </message>
        <message>
            <source>the team workspace's server cannot be reached</source>
            <translation>the team workspace's server cannot be reached</translation>
        </message>
        <message>
            <source>the target workspace is not empty (it has %1)</source>
            <translation>the target workspace is not empty (it has %1)</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>the document was not stored</source>
            <translation>the document was not stored</translation>
        </message>
        <message>
            <source>the figure was not stored</source>
            <translation>the figure was not stored</translation>
        </message>
        <message>
            <source>the indicator was not stored</source>
            <translation>the indicator was not stored</translation>
        </message>
        <message>
            <source>no indicator with id %1</source>
            <translation>no indicator with id %1</translation>
        </message>
        <message>
            <source>cannot write the outbox: %1</source>
            <translation>cannot write the outbox: %1</translation>
        </message>
        <message>
            <source>an edit made while offline was not accepted by the server (%1); it is kept in this file</source>
            <translation>an edit made while offline was not accepted by the server (%1); it is kept in this file</translation>
        </message>
        <message>
            <source>unknown edit in the outbox: %1</source>
            <translation>unknown edit in the outbox: %1</translation>
        </message>
        <message>
            <source>not a team workspace address (postgresql://user@host/database)</source>
            <translation>not a team workspace address (postgresql://user@host/database)</translation>
        </message>
        <message>
            <source>unknown sslmode %1 (use require, verify-full or disable)</source>
            <translation>unknown sslmode %1 (use require, verify-full or disable)</translation>
        </message>
        <message>
            <source>the address names no database (postgresql://user@host/database)</source>
            <translation>the address names no database (postgresql://user@host/database)</translation>
        </message>
        <message>
            <source>the port must be a number from 1 to 65535</source>
            <translation>the port must be a number from 1 to 65535</translation>
        </message>
        <message>
            <source>cannot connect: %1</source>
            <translation>cannot connect: %1</translation>
        </message>
        <message>
            <source>made by a newer PolicyLens (schema %1, this version knows up to %2)</source>
            <translation>made by a newer PolicyLens (schema %1, this version knows up to %2)</translation>
        </message>
        <message>
            <source>pg_dump was not found (install PostgreSQL's client programs)</source>
            <translation>pg_dump was not found (install PostgreSQL's client programs)</translation>
        </message>
        <message>
            <source>the backup failed: %1</source>
            <translation>the backup failed: %1</translation>
        </message>
        <message>
            <source>the team workspace is not set up yet (run setup first)</source>
            <translation>the team workspace is not set up yet (run setup first)</translation>
        </message>
        <message>
            <source>your role in this team workspace does not allow this change (readers only read; editors change their own notes and figures); nothing was changed</source>
            <translation>your role in this team workspace does not allow this change (readers only read; editors change their own notes and figures); nothing was changed</translation>
        </message>
        <message>
            <source>the team workspace's server cannot be reached (%1)</source>
            <translation>the team workspace's server cannot be reached (%1)</translation>
        </message>
        <message>
            <source>the tag was not stored</source>
            <translation>the tag was not stored</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) without their parent</source>
            <translation>
                <numerusform>%n row without their parent</numerusform>
                <numerusform>%n rows without their parent</numerusform>
            </translation>
        </message>
        <message>
            <source>the server refused the user name or password</source>
            <translation>the server refused the user name or password</translation>
        </message>
        <message>
            <source>the server has no database %1</source>
            <translation>the server has no database %1</translation>
        </message>
        <message>
            <source>the server offers no encrypted connection (TLS): ask IT to turn TLS on, or choose "no encryption" on a trusted network</source>
            <translation>the server offers no encrypted connection (TLS): ask IT to turn TLS on, or choose "no encryption" on a trusted network</translation>
        </message>
        <message>
            <source>the server does not let %1 into this team workspace</source>
            <translation>the server does not let %1 into this team workspace</translation>
        </message>
        <message>
            <source>cannot reach the team workspace's server at %1:%2 (%3)</source>
            <translation>cannot reach the team workspace's server at %1:%2 (%3)</translation>
        </message>
        <message>
            <source>this PolicyLens has no PostgreSQL driver (Qt's QPSQL plugin and libpq)</source>
            <translation>this PolicyLens has no PostgreSQL driver (Qt's QPSQL plugin and libpq)</translation>
        </message>
        <message>
            <source>this database is not a PolicyLens team workspace (IT sets one up with packaging/server/setup-team-workspace.sh)</source>
            <translation>this database is not a PolicyLens team workspace (IT sets one up with packaging/server/setup-team-workspace.sh)</translation>
        </message>
        <message>
            <source>the team workspace has an older schema (%1); IT upgrades it with policylens-cli server upgrade (it makes a backup first)</source>
            <translation>the team workspace has an older schema (%1); IT upgrades it with policylens-cli server upgrade (it makes a backup first)</translation>
        </message>
        <message>
            <source>cannot read your rights in this team workspace</source>
            <translation>cannot read your rights in this team workspace</translation>
        </message>
        <message>
            <source>%1 has no rights in this team workspace (ask its owner)</source>
            <translation>%1 has no rights in this team workspace (ask its owner)</translation>
        </message>
        <message>
            <source>no item with id %1</source>
            <translation>no item with id %1</translation>
        </message>
        <message>
            <source>%1 removed it at %2; your change was not written</source>
            <translation>%1 removed it at %2; your change was not written</translation>
        </message>
        <message>
            <source>%1 changed it at %2 since you opened it; your change was not written and the item has been reloaded</source>
            <translation>%1 changed it at %2 since you opened it; your change was not written and the item has been reloaded</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>someone</translation>
        </message>
        <message>
            <source>this item is %1's; your role lets you change only your own (nothing was changed)</source>
            <translation>this item is %1's; your role lets you change only your own (nothing was changed)</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>someone else</translation>
        </message>
        <message>
            <source>the team workspace's server cannot be reached; this change was not saved</source>
            <translation>the team workspace's server cannot be reached; this change was not saved</translation>
        </message>
        <message>
            <source>the team workspace's server cannot be reached; your change is kept in the outbox and will be sent when the connection is back</source>
            <translation>the team workspace's server cannot be reached; your change is kept in the outbox and will be sent when the connection is back</translation>
        </message>
        <message>
            <source>no rendition with id %1</source>
            <translation>no rendition with id %1</translation>
        </message>
        <message>
            <source>recovered documents: %1, figures: %2, annotations: %3, tags: %4, links: %5; rows that could not be read: %6</source>
            <translation>recovered documents: %1, figures: %2, annotations: %3, tags: %4, links: %5; rows that could not be read: %6</translation>
        </message>
        <message>
            <source>; damaged: %1</source>
            <translation>; damaged: %1</translation>
        </message>
        <message>
            <source>no such workspace</source>
            <translation>no such workspace</translation>
        </message>
        <message>
            <source>already exists; the recovered workspace needs a new file</source>
            <translation>already exists; the recovered workspace needs a new file</translation>
        </message>
        <message>
            <source>nothing can be recovered: the file's list of tables cannot be read</source>
            <translation>nothing can be recovered: the file's list of tables cannot be read</translation>
        </message>
        <message>
            <source>recovery cancelled</source>
            <translation>recovery cancelled</translation>
        </message>
        <message>
            <source>not saved: %1</source>
            <translation>not saved: %1</translation>
        </message>
        <message>
            <source>the workspace is damaged (%1); recover what is readable with File &gt; Recover Workspace or policylens-cli recover</source>
            <translation>the workspace is damaged (%1); recover what is readable with File &gt; Recover Workspace or policylens-cli recover</translation>
        </message>
        <message>
            <source>the workspace is open for reading only</source>
            <translation>the workspace is open for reading only</translation>
        </message>
        <message>
            <source>the workspace file is read-only; it is open for reading only</source>
            <translation>the workspace file is read-only; it is open for reading only</translation>
        </message>
        <message>
            <source>the folder %1 is read-only; the workspace is open for reading only</source>
            <translation>the folder %1 is read-only; the workspace is open for reading only</translation>
        </message>
        <message>
            <source>the disk is full: no room for a new workspace in %1</source>
            <translation>the disk is full: no room for a new workspace in %1</translation>
        </message>
        <message>
            <source>the disk is full; the workspace is open for reading only until space is freed</source>
            <translation>the disk is full; the workspace is open for reading only until space is freed</translation>
        </message>
        <message>
            <source>the workspace is open in another PolicyLens</source>
            <translation>the workspace is open in another PolicyLens</translation>
        </message>
        <message>
            <source>the folder %1 cannot be written</source>
            <translation>the folder %1 cannot be written</translation>
        </message>
        <message>
            <source>the folder %1 cannot be written; the workspace is open for reading only</source>
            <translation>the folder %1 cannot be written; the workspace is open for reading only</translation>
        </message>
        <message>
            <source>cannot create the lock file %1 beside the workspace</source>
            <translation>cannot create the lock file %1 beside the workspace</translation>
        </message>
        <message>
            <source>not a PolicyLens workspace (unknown schema version %1; this version knows 0 to %2)</source>
            <translation>not a PolicyLens workspace (unknown schema version %1; this version knows 0 to %2)</translation>
        </message>
        <message>
            <source>an empty workspace that cannot be written (%1)</source>
            <translation>an empty workspace that cannot be written (%1)</translation>
        </message>
        <message>
            <source>the workspace's tables do not match its schema version %1 (changed by another program?); it was left as it was</source>
            <translation>the workspace's tables do not match its schema version %1 (changed by another program?); it was left as it was</translation>
        </message>
        <message>
            <source>the workspace is damaged and made by an older PolicyLens; recover what is readable with File &gt; Recover Workspace or policylens-cli recover (%1)</source>
            <translation>the workspace is damaged and made by an older PolicyLens; recover what is readable with File &gt; Recover Workspace or policylens-cli recover (%1)</translation>
        </message>
        <message>
            <source>the workspace is damaged; it is open for reading only. Recover what is readable into a new workspace with File &gt; Recover Workspace or policylens-cli recover</source>
            <translation>the workspace is damaged; it is open for reading only. Recover what is readable into a new workspace with File &gt; Recover Workspace or policylens-cli recover</translation>
        </message>
        <message>
            <source>made by an older PolicyLens and cannot be upgraded here (%1)</source>
            <translation>made by an older PolicyLens and cannot be upgraded here (%1)</translation>
        </message>
    </context>
    <context>
        <name>plens::analysis::Cascade</name>
        <message>
            <source>The user rejected this region's target as a breakdown of the parent's.</source>
            <translation>The user rejected this region's target as a breakdown of the parent's.</translation>
        </message>
        <message>
            <source>%1 has documents in the workspace but no target for this indicator.</source>
            <translation>%1 has documents in the workspace but no target for this indicator.</translation>
        </message>
        <message>
            <source>In %1, which does not fit the parent's %2: neither added nor compared.</source>
            <translation>In %1, which does not fit the parent's %2: neither added nor compared.</translation>
        </message>
        <message>
            <source>no unit</source>
            <translation>no unit</translation>
        </message>
        <message>
            <source>Due in %1, later than the parent's %2: not lined up with it.</source>
            <translation>Due in %1, later than the parent's %2: not lined up with it.</translation>
        </message>
        <message>
            <source>Due in %1, before the parent's %2: not lined up with it.</source>
            <translation>Due in %1, before the parent's %2: not lined up with it.</translation>
        </message>
        <message>
            <source>One of the two targets has no due year: not lined up.</source>
            <translation>One of the two targets has no due year: not lined up.</translation>
        </message>
        <message>
            <source>Added to the sum: a count or amount in the same unit, due the same year.</source>
            <translation>Added to the sum: a count or amount in the same unit, due the same year.</translation>
        </message>
        <message>
            <source>%1 is less demanding than the parent's %2 (a rate or share: compared, never added).</source>
            <translation>%1 is less demanding than the parent's %2 (a rate or share: compared, never added).</translation>
        </message>
        <message>
            <source>%1 is at least as demanding as the parent's %2.</source>
            <translation>%1 is at least as demanding as the parent's %2.</translation>
        </message>
        <message>
            <source>The unit (%1) is neither a count nor a rate: listed, neither added nor compared.</source>
            <translation>The unit (%1) is neither a count nor a rate: listed, neither added nor compared.</translation>
        </message>
        <message>
            <source>(A breakdown linked by the user.)</source>
            <translation>(A breakdown linked by the user.)</translation>
        </message>
        <message>
            <source>%1 of %2 child targets add up to %3, %4 short of the parent's %5.</source>
            <translation>%1 of %2 child targets add up to %3, %4 short of the parent's %5.</translation>
        </message>
        <message>
            <source>%1 of %2 child targets add up to %3, %4 over the parent's limit of %5.</source>
            <translation>%1 of %2 child targets add up to %3, %4 over the parent's limit of %5.</translation>
        </message>
        <message>
            <source>%1 of %2 child targets add up to %3, %4 more than the parent's %5.</source>
            <translation>%1 of %2 child targets add up to %3, %4 more than the parent's %5.</translation>
        </message>
        <message>
            <source>%1 of %2 child targets add up to the parent's %3.</source>
            <translation>%1 of %2 child targets add up to the parent's %3.</translation>
        </message>
        <message>
            <source>Rates and shares are compared, never added: %1 of %2 compared child targets are less demanding than the parent's %3.</source>
            <translation>Rates and shares are compared, never added: %1 of %2 compared child targets are less demanding than the parent's %3.</translation>
        </message>
        <message>
            <source>The unit (%1) is neither a count nor a rate: the children's targets are listed, neither added nor compared.</source>
            <translation>The unit (%1) is neither a count nor a rate: the children's targets are listed, neither added nor compared.</translation>
        </message>
        <message>
            <source>No child target can be added to or compared with this one.</source>
            <translation>No child target can be added to or compared with this one.</translation>
        </message>
        <message>
            <source>The gazetteer cannot place '%1': listed, not guessed.</source>
            <translation>The gazetteer cannot place '%1': listed, not guessed.</translation>
        </message>
        <message>
            <source>no region</source>
            <translation>no region</translation>
        </message>
    </context>
    <context>
        <name>plens::analysis::Radar</name>
        <message>
            <source>an unknown date</source>
            <translation>an unknown date</translation>
        </message>
        <message>
            <source>Due in %1 and nothing reported since the target was set (%2).</source>
            <translation>Due in %1 and nothing reported since the target was set (%2).</translation>
        </message>
        <message>
            <source>Due this year (%1) and nothing reported since the target was set (%2).</source>
            <translation>Due this year (%1) and nothing reported since the target was set (%2).</translation>
        </message>
        <message>
            <source>Due in %1; the latest value (%2, %3) does not meet it.</source>
            <translation>Due in %1; the latest value (%2, %3) does not meet it.</translation>
        </message>
        <message numerus="yes">
            <source>The latest value speaks of %1, more than %n month(s) ago.</source>
            <translation>
                <numerusform>The latest value speaks of %1, more than %n month ago.</numerusform>
                <numerusform>The latest value speaks of %1, more than %n months ago.</numerusform>
            </translation>
        </message>
        <message>
            <source>Projection, not data: a straight line through %1 (%2) and %3 (%4) reaches %5 in %6, short of %7.</source>
            <translation>Projection, not data: a straight line through %1 (%2) and %3 (%4) reaches %5 in %6, short of %7.</translation>
        </message>
        <message>
            <source>Marked done by %1%2.</source>
            <translation>Marked done by %1%2.</translation>
        </message>
        <message>
            <source>a user</source>
            <translation>a user</translation>
        </message>
        <message>
            <source>Marked '%1' by %2%3.</source>
            <translation>Marked '%1' by %2%3.</translation>
        </message>
    </context>
    <context>
        <name>plens::analysis::Revisions</name>
        <message>
            <source>the older is the one dated earlier</source>
            <translation>the older is the one dated earlier</translation>
        </message>
        <message>
            <source>the draft (征求意见稿, 草案) comes before the final text</source>
            <translation>the draft (征求意见稿, 草案) comes before the final text</translation>
        </message>
        <message>
            <source>the revision (修订) comes after the plan it revises</source>
            <translation>the revision (修订) comes after the plan it revises</translation>
        </message>
        <message>
            <source>no date or mark tells them apart: the one stored first is older</source>
            <translation>no date or mark tells them apart: the one stored first is older</translation>
        </message>
        <message>
            <source>titles %1% alike, texts %2% alike; %3</source>
            <translation>titles %1% alike, texts %2% alike; %3</translation>
        </message>
        <message>
            <source>chosen by the user</source>
            <translation>chosen by the user</translation>
        </message>
        <message>
            <source>matched by indicator (%1) and region (%2)</source>
            <translation>matched by indicator (%1) and region (%2)</translation>
        </message>
        <message>
            <source>matched by a similar metric (%1 / %2) and evidence in the same region</source>
            <translation>matched by a similar metric (%1 / %2) and evidence in the same region</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>value: %1</source>
            <translation>value: %1</translation>
        </message>
        <message>
            <source>due: %1</source>
            <translation>due: %1</translation>
        </message>
        <message>
            <source>comparator: %1</source>
            <translation>comparator: %1</translation>
        </message>
        <message>
            <source>hedge: %1</source>
            <translation>hedge: %1</translation>
        </message>
        <message>
            <source>unit: %1</source>
            <translation>unit: %1</translation>
        </message>
        <message>
            <source>no target of the newer text has this indicator and region</source>
            <translation>no target of the newer text has this indicator and region</translation>
        </message>
        <message>
            <source>dropped: %1</source>
            <translation>dropped: %1</translation>
        </message>
        <message>
            <source>no target of the older text has this indicator and region</source>
            <translation>no target of the older text has this indicator and region</translation>
        </message>
        <message>
            <source>added: %1</source>
            <translation>added: %1</translation>
        </message>
    </context>
    <context>
        <name>plens::charts::ChartWindow</name>
        <message>
            <source>Indicator Chart</source>
            <translation>Indicator Chart</translation>
        </message>
        <message>
            <source>Indicator:</source>
            <translation>Indicator:</translation>
        </message>
        <message>
            <source>%1 (%2 targets, %3 reported)</source>
            <translation>%1 (%2 targets, %3 reported)</translation>
        </message>
    </context>
    <context>
        <name>plens::charts::Dashboard</name>
        <message>
            <source>Indicator Dashboard</source>
            <translation>Indicator Dashboard</translation>
        </message>
        <message>
            <source>Document:</source>
            <translation>Document:</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Region:</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Tag:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>All documents</source>
            <translation>All documents</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>All regions</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>All tags</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Double-click for the full chart</source>
            <translation>Double-click for the full chart</translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n indicator</numerusform>
                <numerusform>%n indicators</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>plens::charts::IndicatorChartWidget</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Copy the chart as a picture</source>
            <translation>Copy the chart as a picture</translation>
        </message>
        <message>
            <source>&amp;Export...</source>
            <translation>&amp;Export...</translation>
        </message>
        <message>
            <source>Save the chart as PNG, SVG or PDF</source>
            <translation>Save the chart as PNG, SVG or PDF</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>&amp;Print...</translation>
        </message>
        <message>
            <source>Print the chart on A4 landscape, with a preview</source>
            <translation>Print the chart on A4 landscape, with a preview</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Latest reported</source>
            <translation>Latest reported</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>Attainment</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Set by %1 on %2: %3. Judged from the figures: %4 — %5</source>
            <translation>Set by %1 on %2: %3. Judged from the figures: %4 — %5</translation>
        </message>
        <message>
            <source>a user</source>
            <translation>a user</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>no reason given</translation>
        </message>
        <message>
            <source>Export Chart</source>
            <translation>Export Chart</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF page (*.pdf)</source>
            <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF page (*.pdf)</translation>
        </message>
        <message>
            <source>Print Preview: %1</source>
            <translation>Print Preview: %1</translation>
        </message>
    </context>
    <context>
        <name>plens::cli</name>
        <message>
            <source>Try 'policylens-cli --help' for more information.</source>
            <translation>Try 'policylens-cli --help' for more information.</translation>
        </message>
        <message>
            <source>Usage: policylens-cli COMMAND [OPTIONS] [FILE...]</source>
            <translation>Usage: policylens-cli COMMAND [OPTIONS] [FILE...]</translation>
        </message>
        <message>
            <source>Reads Chinese policy documents and their quantified commitments.</source>
            <translation>Reads Chinese policy documents and their quantified commitments.</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Options:</translation>
        </message>
        <message>
            <source>show this help and exit</source>
            <translation>show this help and exit</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>show the version and exit</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Commands:</translation>
        </message>
        <message>
            <source>missing command</source>
            <translation>missing command</translation>
        </message>
        <message>
            <source>unknown command or option '%1'</source>
            <translation>unknown command or option '%1'</translation>
        </message>
        <message>
            <source>password of an encrypted PDF</source>
            <translation>password of an encrypted PDF</translation>
        </message>
        <message>
            <source>output format: json or text</source>
            <translation>output format: json or text</translation>
        </message>
        <message>
            <source>the document</source>
            <translation>the document</translation>
        </message>
        <message>
            <source>info takes exactly one FILE</source>
            <translation>info takes exactly one FILE</translation>
        </message>
        <message>
            <source>unknown format '%1' (use json or text)</source>
            <translation>unknown format '%1' (use json or text)</translation>
        </message>
        <message>
            <source>text takes exactly one FILE</source>
            <translation>text takes exactly one FILE</translation>
        </message>
        <message>
            <source>print the display text of a document (txt, html, pdf, docx)</source>
            <translation>print the display text of a document (txt, html, pdf, docx)</translation>
        </message>
        <message>
            <source>print the metadata of a document</source>
            <translation>print the metadata of a document</translation>
        </message>
        <message>
            <source>the workspace file (.plens)</source>
            <translation>the workspace file (.plens)</translation>
        </message>
        <message>
            <source>output format</source>
            <translation>output format</translation>
        </message>
        <message>
            <source>%1 needs --workspace FILE</source>
            <translation>%1 needs --workspace FILE</translation>
        </message>
        <message>
            <source>unknown format '%1' (use %2)</source>
            <translation>unknown format '%1' (use %2)</translation>
        </message>
        <message>
            <source>%1 takes no files</source>
            <translation>%1 takes no files</translation>
        </message>
        <message>
            <source>%1 needs at least one FILE</source>
            <translation>%1 needs at least one FILE</translation>
        </message>
        <message>
            <source>no such workspace</source>
            <translation>no such workspace</translation>
        </message>
        <message numerus="yes">
            <source>%n figure(s)</source>
            <translation>
                <numerusform>%n figure</numerusform>
                <numerusform>%n figures</numerusform>
            </translation>
        </message>
        <message>
            <source>list the documents of a workspace</source>
            <translation>list the documents of a workspace</translation>
        </message>
        <message>
            <source>print every stored figure in the extraction record format</source>
            <translation>print every stored figure in the extraction record format</translation>
        </message>
        <message>
            <source>output format: jsonl or csv</source>
            <translation>output format: jsonl or csv</translation>
        </message>
        <message>
            <source>the document date for relative times (YYYY-MM-DD), when its metadata has none</source>
            <translation>the document date for relative times (YYYY-MM-DD), when its metadata has none</translation>
        </message>
        <message>
            <source>extract needs at least one FILE</source>
            <translation>extract needs at least one FILE</translation>
        </message>
        <message>
            <source>unknown format '%1' (use jsonl or csv)</source>
            <translation>unknown format '%1' (use jsonl or csv)</translation>
        </message>
        <message>
            <source>--date needs YYYY-MM-DD, not '%1'</source>
            <translation>--date needs YYYY-MM-DD, not '%1'</translation>
        </message>
        <message>
            <source>print the targets and reported figures of documents, one record a line</source>
            <translation>print the targets and reported figures of documents, one record a line</translation>
        </message>
        <message numerus="yes">
            <source>added as document %1 with %n figure(s)</source>
            <translation>
                <numerusform>added as document %1 with %n figure</numerusform>
                <numerusform>added as document %1 with %n figures</numerusform>
            </translation>
        </message>
        <message>
            <source>already in the workspace as document %1, nothing added</source>
            <translation>already in the workspace as document %1, nothing added</translation>
        </message>
        <message>
            <source>a revision of document %1: %2 annotation(s) found again, %3 not found (kept, marked)</source>
            <translation>a revision of document %1: %2 annotation(s) found again, %3 not found (kept, marked)</translation>
        </message>
        <message>
            <source>import documents into a workspace (created if needed), with their figures</source>
            <translation>import documents into a workspace (created if needed), with their figures</translation>
        </message>
        <message>
            <source>output format: jsonl</source>
            <translation>output format: jsonl</translation>
        </message>
        <message>
            <source>unknown format '%1' (use jsonl)</source>
            <translation>unknown format '%1' (use jsonl)</translation>
        </message>
        <message>
            <source>links needs at least one FILE</source>
            <translation>links needs at least one FILE</translation>
        </message>
        <message numerus="yes">
            <source>%n link(s) suggested</source>
            <translation>
                <numerusform>%n link suggested</numerusform>
                <numerusform>%n links suggested</numerusform>
            </translation>
        </message>
        <message>
            <source>suggest links from targets to the figures reported against them</source>
            <translation>suggest links from targets to the figures reported against them</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>the file to write</translation>
        </message>
        <message>
            <source>only items with this tag (repeatable)</source>
            <translation>only items with this tag (repeatable)</translation>
        </message>
        <message>
            <source>only figures of this kind: target, reported, forecast, parameter</source>
            <translation>only figures of this kind: target, reported, forecast, parameter</translation>
        </message>
        <message>
            <source>only figures with this status: none, not_started, in_progress, done, at_risk, missed</source>
            <translation>only figures with this status: none, not_started, in_progress, done, at_risk, missed</translation>
        </message>
        <message>
            <source>only annotations by this author (repeatable)</source>
            <translation>only annotations by this author (repeatable)</translation>
        </message>
        <message>
            <source>no tag named '%1' in the workspace (tags: %2)</source>
            <translation>no tag named '%1' in the workspace (tags: %2)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>unknown kind '%1' (use target, reported, forecast or parameter)</source>
            <translation>unknown kind '%1' (use target, reported, forecast or parameter)</translation>
        </message>
        <message>
            <source>unknown status '%1' (use none, not_started, in_progress, done, at_risk or missed)</source>
            <translation>unknown status '%1' (use none, not_started, in_progress, done, at_risk or missed)</translation>
        </message>
        <message>
            <source>the document: its id or its file name</source>
            <translation>the document: its id or its file name</translation>
        </message>
        <message>
            <source>paint the highlights into the pages (for printing)</source>
            <translation>paint the highlights into the pages (for printing)</translation>
        </message>
        <message>
            <source>colour highlights by their first tag</source>
            <translation>colour highlights by their first tag</translation>
        </message>
        <message>
            <source>the password of an encrypted PDF</source>
            <translation>the password of an encrypted PDF</translation>
        </message>
        <message>
            <source>export-pdf needs --workspace FILE, --document ID|FILE and --out FILE.pdf</source>
            <translation>export-pdf needs --workspace FILE, --document ID|FILE and --out FILE.pdf</translation>
        </message>
        <message>
            <source>no document '%1' in the workspace (see 'list')</source>
            <translation>no document '%1' in the workspace (see 'list')</translation>
        </message>
        <message>
            <source>%1 documents are named '%2'; give the id (see 'list')</source>
            <translation>%1 documents are named '%2'; give the id (see 'list')</translation>
        </message>
        <message numerus="yes">
            <source>%n highlight(s)</source>
            <translation>
                <numerusform>%n highlight</numerusform>
                <numerusform>%n highlights</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n passage(s) not found in the text, left out</source>
            <translation>
                <numerusform>%n passage not found in the text, left out</numerusform>
                <numerusform>%n passages not found in the text, left out</numerusform>
            </translation>
        </message>
        <message>
            <source>the title on the cover</source>
            <translation>the title on the cover</translation>
        </message>
        <message>
            <source>the date on the cover (default: today)</source>
            <translation>the date on the cover (default: today)</translation>
        </message>
        <message>
            <source>pack needs --workspace FILE and --out FILE.pdf</source>
            <translation>pack needs --workspace FILE and --out FILE.pdf</translation>
        </message>
        <message>
            <source>'%1' is not a date (use YYYY-MM-DD)</source>
            <translation>'%1' is not a date (use YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>Targets and progress</source>
            <translation>Targets and progress</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n target</numerusform>
                <numerusform>%n targets</numerusform>
            </translation>
        </message>
        <message>
            <source>for CSV, the table: commitments, reported, links or annotations</source>
            <translation>for CSV, the table: commitments, reported, links or annotations</translation>
        </message>
        <message>
            <source>export-table needs --workspace FILE and --out FILE.xlsx|FILE.csv</source>
            <translation>export-table needs --workspace FILE and --out FILE.xlsx|FILE.csv</translation>
        </message>
        <message>
            <source>the output must end in .xlsx or .csv</source>
            <translation>the output must end in .xlsx or .csv</translation>
        </message>
        <message>
            <source>unknown table '%1' (use %2)</source>
            <translation>unknown table '%1' (use %2)</translation>
        </message>
        <message>
            <source>%1 commitments, %2 reported values, %3 links, %4 annotations</source>
            <translation>%1 commitments, %2 reported values, %3 links, %4 annotations</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message>
            <source>write a document as a PDF with its highlights and notes (PDF sources keep their pages)</source>
            <translation>write a document as a PDF with its highlights and notes (PDF sources keep their pages)</translation>
        </message>
        <message>
            <source>write a meeting pack: cover, indicator charts, targets with latest values, source quotes</source>
            <translation>write a meeting pack: cover, indicator charts, targets with latest values, source quotes</translation>
        </message>
        <message>
            <source>write commitments, reported values, links and annotations as XLSX or CSV</source>
            <translation>write commitments, reported values, links and annotations as XLSX or CSV</translation>
        </message>
        <message>
            <source>the indicator to chart (its name or one of its aliases)</source>
            <translation>the indicator to chart (its name or one of its aliases)</translation>
        </message>
        <message>
            <source>the file to write: .png, .svg or .pdf</source>
            <translation>the file to write: .png, .svg or .pdf</translation>
        </message>
        <message>
            <source>chart over time or by region</source>
            <translation>chart over time or by region</translation>
        </message>
        <message>
            <source>the date progress is judged on and printed (default: today)</source>
            <translation>the date progress is judged on and printed (default: today)</translation>
        </message>
        <message>
            <source>list the indicators instead</source>
            <translation>list the indicators instead</translation>
        </message>
        <message>
            <source>chart needs --workspace FILE</source>
            <translation>chart needs --workspace FILE</translation>
        </message>
        <message>
            <source>chart needs --indicator NAME and --out FILE.png|FILE.svg|FILE.pdf (or --list)</source>
            <translation>chart needs --indicator NAME and --out FILE.png|FILE.svg|FILE.pdf (or --list)</translation>
        </message>
        <message>
            <source>--by takes 'time' or 'region', not '%1'</source>
            <translation>--by takes 'time' or 'region', not '%1'</translation>
        </message>
        <message>
            <source>the output must end in .png, .svg or .pdf</source>
            <translation>the output must end in .png, .svg or .pdf</translation>
        </message>
        <message>
            <source>%1 target(s), %2 reported value(s)</source>
            <translation>%1 target(s), %2 reported value(s)</translation>
        </message>
        <message>
            <source>no indicator named '%1' has figures (see 'chart --list')</source>
            <translation>no indicator named '%1' has figures (see 'chart --list')</translation>
        </message>
        <message>
            <source>draw an indicator's targets beside its reported values (PDF: an A4 page for printing)</source>
            <translation>draw an indicator's targets beside its reported values (PDF: an A4 page for printing)</translation>
        </message>
        <message>
            <source>only this indicator (its name or one of its aliases)</source>
            <translation>only this indicator (its name or one of its aliases)</translation>
        </message>
        <message>
            <source>no indicator named '%1' (see 'chart --list')</source>
            <translation>no indicator named '%1' (see 'chart --list')</translation>
        </message>
        <message>
            <source>a latest value older than this many months is stale (default: 12)</source>
            <translation>a latest value older than this many months is stale (default: 12)</translation>
        </message>
        <message>
            <source>only targets that need attention</source>
            <translation>only targets that need attention</translation>
        </message>
        <message>
            <source>--max-age takes a number of months, not '%1'</source>
            <translation>--max-age takes a number of months, not '%1'</translation>
        </message>
        <message>
            <source>the older version's document id</source>
            <translation>the older version's document id</translation>
        </message>
        <message>
            <source>the newer version's document id</source>
            <translation>the newer version's document id</translation>
        </message>
        <message>
            <source>list the pairs of documents that look like versions of one plan</source>
            <translation>list the pairs of documents that look like versions of one plan</translation>
        </message>
        <message>
            <source>diff needs --old ID and --new ID (or --detect)</source>
            <translation>diff needs --old ID and --new ID (or --detect)</translation>
        </message>
        <message>
            <source>--old and --new take two different document ids (see 'list')</source>
            <translation>--old and --new take two different document ids (see 'list')</translation>
        </message>
        <message>
            <source>%1 change(s), %2 target(s) unchanged</source>
            <translation>%1 change(s), %2 target(s) unchanged</translation>
        </message>
        <message>
            <source>line up a region's targets with those of the regions inside it (sums, rates, due years, gaps)</source>
            <translation>line up a region's targets with those of the regions inside it (sums, rates, due years, gaps)</translation>
        </message>
        <message>
            <source>list targets by urgency: overdue with nothing reported, stale values, projected shortfalls</source>
            <translation>list targets by urgency: overdue with nothing reported, stale values, projected shortfalls</translation>
        </message>
        <message>
            <source>compare the targets of two versions of a plan: values, due years, comparators, hedges, added and dropped</source>
            <translation>compare the targets of two versions of a plan: values, due years, comparators, hedges, added and dropped</translation>
        </message>
        <message>
            <source>the date to judge on (default: today)</source>
            <translation>the date to judge on (default: today)</translation>
        </message>
        <message>
            <source>the workspace: a .plens file or postgresql://user@host/database</source>
            <translation>the workspace: a .plens file or postgresql://user@host/database</translation>
        </message>
        <message>
            <source>the workspace file (.plens) to publish</source>
            <translation>the workspace file (.plens) to publish</translation>
        </message>
        <message>
            <source>the team workspace (postgresql://user@host/database)</source>
            <translation>the team workspace (postgresql://user@host/database)</translation>
        </message>
        <message>
            <source>publish needs --workspace FILE.plens and --to postgresql://user@host/database</source>
            <translation>publish needs --workspace FILE.plens and --to postgresql://user@host/database</translation>
        </message>
        <message>
            <source>--to must be a team workspace's address (postgresql://user@host/database)</source>
            <translation>--to must be a team workspace's address (postgresql://user@host/database)</translation>
        </message>
        <message>
            <source>published %1 document(s) to %2</source>
            <translation>published %1 document(s) to %2</translation>
        </message>
        <message>
            <source>the new workspace file (.plens)</source>
            <translation>the new workspace file (.plens)</translation>
        </message>
        <message>
            <source>only this document (repeatable)</source>
            <translation>only this document (repeatable)</translation>
        </message>
        <message>
            <source>export-workspace needs --workspace postgresql://user@host/database and --out FILE.plens</source>
            <translation>export-workspace needs --workspace postgresql://user@host/database and --out FILE.plens</translation>
        </message>
        <message>
            <source>--document takes a document id (see policylens-cli list)</source>
            <translation>--document takes a document id (see policylens-cli list)</translation>
        </message>
        <message>
            <source>exists already (export-workspace writes a new file)</source>
            <translation>exists already (export-workspace writes a new file)</translation>
        </message>
        <message>
            <source>exported %1 document(s) to %2</source>
            <translation>exported %1 document(s) to %2</translation>
        </message>
        <message>
            <source>the team workspace, as its administrator (postgresql://admin@host/database)</source>
            <translation>the team workspace, as its administrator (postgresql://admin@host/database)</translation>
        </message>
        <message>
            <source>upgrade: the backup written first (pg_dump)</source>
            <translation>upgrade: the backup written first (pg_dump)</translation>
        </message>
        <message>
            <source>backup: the file to write (pg_dump)</source>
            <translation>backup: the file to write (pg_dump)</translation>
        </message>
        <message>
            <source>setup: the names of the roles (default: the database's name)</source>
            <translation>setup: the names of the roles (default: the database's name)</translation>
        </message>
        <message>
            <source>grant: the officer's login</source>
            <translation>grant: the officer's login</translation>
        </message>
        <message>
            <source>grant: reader, editor or owner</source>
            <translation>grant: reader, editor or owner</translation>
        </message>
        <message>
            <source>grant: the environment variable holding a new login's password</source>
            <translation>grant: the environment variable holding a new login's password</translation>
        </message>
        <message>
            <source>server needs one of setup, upgrade, version, grant, backup and --workspace URL</source>
            <translation>server needs one of setup, upgrade, version, grant, backup and --workspace URL</translation>
        </message>
        <message>
            <source>the team workspace has schema %1: upgrading it needs --backup FILE (written with pg_dump first)</source>
            <translation>the team workspace has schema %1: upgrading it needs --backup FILE (written with pg_dump first)</translation>
        </message>
        <message>
            <source>backup written to %1</source>
            <translation>backup written to %1</translation>
        </message>
        <message>
            <source>team workspace %1 is at schema %2</source>
            <translation>team workspace %1 is at schema %2</translation>
        </message>
        <message>
            <source>server backup needs --out FILE</source>
            <translation>server backup needs --out FILE</translation>
        </message>
        <message>
            <source>server grant needs --user NAME and --role reader|editor|owner</source>
            <translation>server grant needs --user NAME and --role reader|editor|owner</translation>
        </message>
        <message>
            <source>%1 is now %2 of %3</source>
            <translation>%1 is now %2 of %3</translation>
        </message>
        <message>
            <source>unknown server command '%1' (setup, upgrade, version, grant, backup)</source>
            <translation>unknown server command '%1' (setup, upgrade, version, grant, backup)</translation>
        </message>
        <message>
            <source>copy a workspace file into an empty team workspace (everything, with who and when)</source>
            <translation>copy a workspace file into an empty team workspace (everything, with who and when)</translation>
        </message>
        <message>
            <source>copy a team workspace (or some of its documents) into a new workspace file</source>
            <translation>copy a team workspace (or some of its documents) into a new workspace file</translation>
        </message>
        <message>
            <source>set up, upgrade and back up a team workspace, and give officers their roles (for IT)</source>
            <translation>set up, upgrade and back up a team workspace, and give officers their roles (for IT)</translation>
        </message>
        <message>
            <source>%1: recognising text on page %2 of %3 (%4%)</source>
            <translation>%1: recognising text on page %2 of %3 (%4%)</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
        <message>
            <source>paths takes no files</source>
            <translation>paths takes no files</translation>
        </message>
        <message>
            <source>executable</source>
            <translation>executable</translation>
        </message>
        <message>
            <source>not beside the executable (the system's)</source>
            <translation>not beside the executable (the system's)</translation>
        </message>
        <message>
            <source>the page to draw (from 1)</source>
            <translation>the page to draw (from 1)</translation>
        </message>
        <message>
            <source>the PNG file to write</source>
            <translation>the PNG file to write</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>resolution</translation>
        </message>
        <message>
            <source>render takes exactly one FILE</source>
            <translation>render takes exactly one FILE</translation>
        </message>
        <message>
            <source>render needs --out PAGE.png</source>
            <translation>render needs --out PAGE.png</translation>
        </message>
        <message>
            <source>--page needs a page number from 1</source>
            <translation>--page needs a page number from 1</translation>
        </message>
        <message>
            <source>--dpi needs a resolution from 10 to 1200</source>
            <translation>--dpi needs a resolution from 10 to 1200</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>cannot read the file: %1</translation>
        </message>
        <message>
            <source>not a PDF file (render draws PDF pages)</source>
            <translation>not a PDF file (render draws PDF pages)</translation>
        </message>
        <message>
            <source>there is no page %1 (the PDF has %2)</source>
            <translation>there is no page %1 (the PDF has %2)</translation>
        </message>
        <message>
            <source>page %1 cannot be drawn</source>
            <translation>page %1 cannot be drawn</translation>
        </message>
        <message>
            <source>cannot write the image: %1</source>
            <translation>cannot write the image: %1</translation>
        </message>
        <message>
            <source>page %1 of %2, %3 × %4 px, ink %5%</source>
            <translation>page %1 of %2, %3 × %4 px, ink %5%</translation>
        </message>
        <message>
            <source>password of the encrypted PDFs among the files</source>
            <translation>password of the encrypted PDFs among the files</translation>
        </message>
        <message>
            <source>the new workspace file</source>
            <translation>the new workspace file</translation>
        </message>
        <message>
            <source>recover needs --out NEW.plens</source>
            <translation>recover needs --out NEW.plens</translation>
        </message>
        <message>
            <source>the same text as document %1, whose PDF it now is (shown and exported; the other formats kept beside it)</source>
            <translation>the same text as document %1, whose PDF it now is (shown and exported; the other formats kept beside it)</translation>
        </message>
        <message>
            <source>the same text as document %1, kept as its %2 rendition</source>
            <translation>the same text as document %1, kept as its %2 rendition</translation>
        </message>
        <message numerus="yes">
            <source>a new version of document %1 with other figures, added as document %2 with %n figure(s)</source>
            <translation>
                <numerusform>a new version of document %1 with other figures, added as document %2 with %n figure</numerusform>
                <numerusform>a new version of document %1 with other figures, added as document %2 with %n figures</numerusform>
            </translation>
        </message>
        <message>
            <source>draw a page of a PDF as a PNG image and say how much of it is ink</source>
            <translation>draw a page of a PDF as a PNG image and say how much of it is ink</translation>
        </message>
        <message>
            <source>copy what is readable of a damaged workspace into a new one (the damaged file is only read)</source>
            <translation>copy what is readable of a damaged workspace into a new one (the damaged file is only read)</translation>
        </message>
        <message>
            <source>show where this installation finds its executable and its data</source>
            <translation>show where this installation finds its executable and its data</translation>
        </message>
        <message>
            <source>highlight the extracted figures too (the default)</source>
            <translation>highlight the extracted figures too (the default)</translation>
        </message>
        <message>
            <source>only the annotations, not the extracted figures</source>
            <translation>only the annotations, not the extracted figures</translation>
        </message>
    </context>
    <context>
        <name>plens::commands</name>
        <message>
            <source>Highlight</source>
            <translation>Highlight</translation>
        </message>
        <message>
            <source>Delete annotation</source>
            <translation>Delete annotation</translation>
        </message>
        <message>
            <source>Correct figure</source>
            <translation>Correct figure</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Set status</translation>
        </message>
        <message>
            <source>Confirm figure</source>
            <translation>Confirm figure</translation>
        </message>
        <message>
            <source>Delete figure</source>
            <translation>Delete figure</translation>
        </message>
        <message>
            <source>Tag figure</source>
            <translation>Tag figure</translation>
        </message>
        <message>
            <source>New tag</source>
            <translation>New tag</translation>
        </message>
        <message>
            <source>Delete tag</source>
            <translation>Delete tag</translation>
        </message>
        <message>
            <source>Merge tags</source>
            <translation>Merge tags</translation>
        </message>
        <message>
            <source>Link figures</source>
            <translation>Link figures</translation>
        </message>
        <message>
            <source>Reject link</source>
            <translation>Reject link</translation>
        </message>
        <message>
            <source>Accept link</source>
            <translation>Accept link</translation>
        </message>
        <message>
            <source>Remove link</source>
            <translation>Remove link</translation>
        </message>
        <message>
            <source>Correct document details</source>
            <translation>Correct document details</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>Remove document</translation>
        </message>
        <message>
            <source>%1 changed this at %2; undo would overwrite their work and was refused</source>
            <translation>%1 changed this at %2; undo would overwrite their work and was refused</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>someone else</translation>
        </message>
        <message>
            <source>the tag was removed</source>
            <translation>the tag was removed</translation>
        </message>
        <message>
            <source>the link was removed</source>
            <translation>the link was removed</translation>
        </message>
        <message>
            <source>%1 were changed by someone else since; undo would overwrite their work and was refused</source>
            <translation>%1 were changed by someone else since; undo would overwrite their work and was refused</translation>
        </message>
        <message>
            <source>The tags</source>
            <translation>The tags</translation>
        </message>
        <message>
            <source>The indicators</source>
            <translation>The indicators</translation>
        </message>
    </context>
    <context>
        <name>plens::export</name>
        <message>
            <source>the original file is not in the workspace; import it again to export it</source>
            <translation>the original file is not in the workspace; import it again to export it</translation>
        </message>
        <message>
            <source>the stored original is not a readable PDF</source>
            <translation>the stored original is not a readable PDF</translation>
        </message>
        <message>
            <source>the PDF is encrypted; give its password to export it</source>
            <translation>the PDF is encrypted; give its password to export it</translation>
        </message>
        <message>
            <source>the password does not open the PDF</source>
            <translation>the password does not open the PDF</translation>
        </message>
        <message>
            <source>the PDF has no pages</source>
            <translation>the PDF has no pages</translation>
        </message>
        <message>
            <source>not a PDF document; it is exported as typeset text</source>
            <translation>not a PDF document; it is exported as typeset text</translation>
        </message>
        <message>
            <source>the document has no character positions; import it again to export it</source>
            <translation>the document has no character positions; import it again to export it</translation>
        </message>
        <message>
            <source>export cancelled</source>
            <translation>export cancelled</translation>
        </message>
        <message>
            <source>page %1 cannot be read</source>
            <translation>page %1 cannot be read</translation>
        </message>
        <message>
            <source>the PDF cannot be written</source>
            <translation>the PDF cannot be written</translation>
        </message>
        <message>
            <source>page %1 cannot be rendered</source>
            <translation>page %1 cannot be rendered</translation>
        </message>
        <message>
            <source>the annotated PDF cannot be written (Poppler error %1)</source>
            <translation>the annotated PDF cannot be written (Poppler error %1)</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Tags: %1</translation>
        </message>
        <message>
            <source>Kinds: %1</source>
            <translation>Kinds: %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Authors: %1</source>
            <translation>Authors: %1</translation>
        </message>
        <message>
            <source>the document has no text to export</source>
            <translation>the document has no text to export</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>not an OFD document</source>
            <translation>not an OFD document</translation>
        </message>
    </context>
    <context>
        <name>plens::import</name>
        <message>
            <source>the Word document is truncated or damaged (not a valid ZIP archive)</source>
            <translation>the Word document is truncated or damaged (not a valid ZIP archive)</translation>
        </message>
        <message>
            <source>a ZIP archive that is not a Word document (no word/document.xml)</source>
            <translation>a ZIP archive that is not a Word document (no word/document.xml)</translation>
        </message>
        <message>
            <source>the Word document is damaged (%1)</source>
            <translation>the Word document is damaged (%1)</translation>
        </message>
        <message>
            <source>the Word document contains no text</source>
            <translation>the Word document contains no text</translation>
        </message>
        <message>
            <source>not a web page (binary data)</source>
            <translation>not a web page (binary data)</translation>
        </message>
        <message>
            <source>the web page contains no text</source>
            <translation>the web page contains no text</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>the file is empty</translation>
        </message>
        <message>
            <source>the file is too large (%1 MB; the limit is %2 MB)</source>
            <translation>the file is too large (%1 MB; the limit is %2 MB)</translation>
        </message>
        <message>
            <source>not a PDF file, although its name ends in .pdf</source>
            <translation>not a PDF file, although its name ends in .pdf</translation>
        </message>
        <message>
            <source>not a Word (.docx) document, although its name ends in .docx</source>
            <translation>not a Word (.docx) document, although its name ends in .docx</translation>
        </message>
        <message>
            <source>the document contains no text</source>
            <translation>the document contains no text</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>the file does not exist</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>is a folder, not a file</translation>
        </message>
        <message>
            <source>cannot open the file: %1</source>
            <translation>cannot open the file: %1</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>cannot read the file: %1</translation>
        </message>
        <message>
            <source>the PDF file is truncated or damaged (no end-of-file marker)</source>
            <translation>the PDF file is truncated or damaged (no end-of-file marker)</translation>
        </message>
        <message>
            <source>the PDF file is damaged and cannot be read</source>
            <translation>the PDF file is damaged and cannot be read</translation>
        </message>
        <message>
            <source>the PDF is encrypted; a password is needed to open it</source>
            <translation>the PDF is encrypted; a password is needed to open it</translation>
        </message>
        <message>
            <source>the password is not correct for this PDF</source>
            <translation>the password is not correct for this PDF</translation>
        </message>
        <message>
            <source>the PDF has no pages</source>
            <translation>the PDF has no pages</translation>
        </message>
        <message>
            <source>not a text document (binary data)</source>
            <translation>not a text document (binary data)</translation>
        </message>
        <message>
            <source>the file contains no text</source>
            <translation>the file contains no text</translation>
        </message>
        <message>
            <source>the import was cancelled</source>
            <translation>the import was cancelled</translation>
        </message>
        <message>
            <source>the PDF contains no text</source>
            <translation>the PDF contains no text</translation>
        </message>
        <message>
            <source>the PDF contains no text: %1</source>
            <translation>the PDF contains no text: %1</translation>
        </message>
        <message>
            <source>this build cannot recognise text</source>
            <translation>this build cannot recognise text</translation>
        </message>
        <message>
            <source>page %1 has no text layer (%2)</source>
            <translation>page %1 has no text layer (%2)</translation>
        </message>
        <message>
            <source>page %1: a picture covering a large part of the page was not read (%2)</source>
            <translation>page %1: a picture covering a large part of the page was not read (%2)</translation>
        </message>
        <message>
            <source>page %1: text recognition failed (%2)</source>
            <translation>page %1: text recognition failed (%2)</translation>
        </message>
        <message>
            <source>page %1 has no text layer and no text was recognised on it</source>
            <translation>page %1 has no text layer and no text was recognised on it</translation>
        </message>
        <message>
            <source>a spreadsheet (.xls or .et); save it as PDF to import it</source>
            <translation>a spreadsheet (.xls or .et); save it as PDF to import it</translation>
        </message>
        <message>
            <source>a presentation (.ppt or .dps); save it as PDF to import it</source>
            <translation>a presentation (.ppt or .dps); save it as PDF to import it</translation>
        </message>
        <message>
            <source>an old binary Office file that is not a Word (.doc) or WPS document, or a damaged one</source>
            <translation>an old binary Office file that is not a Word (.doc) or WPS document, or a damaged one</translation>
        </message>
        <message>
            <source>its text part nests elements more than %1 levels deep</source>
            <translation>its text part nests elements more than %1 levels deep</translation>
        </message>
        <message>
            <source>its text part ends early</source>
            <translation>its text part ends early</translation>
        </message>
        <message>
            <source>its text part is not valid XML at line %1, column %2</source>
            <translation>its text part is not valid XML at line %1, column %2</translation>
        </message>
        <message>
            <source>the Word document unpacks to more than %1 MB, the limit</source>
            <translation>the Word document unpacks to more than %1 MB, the limit</translation>
        </message>
        <message>
            <source>reading it took longer than %1 s, the limit for one file</source>
            <translation>reading it took longer than %1 s, the limit for one file</translation>
        </message>
        <message>
            <source>not an OFD document, although its name ends in .ofd</source>
            <translation>not an OFD document, although its name ends in .ofd</translation>
        </message>
        <message>
            <source>the OFD contains no text (scanned pages without a text layer)</source>
            <translation>the OFD contains no text (scanned pages without a text layer)</translation>
        </message>
        <message>
            <source>a document type declaration is not allowed in OFD parts</source>
            <translation>a document type declaration is not allowed in OFD parts</translation>
        </message>
        <message>
            <source>an undeclared entity &amp;%1;</source>
            <translation>an undeclared entity &amp;%1;</translation>
        </message>
        <message>
            <source>too many elements</source>
            <translation>too many elements</translation>
        </message>
        <message>
            <source>elements nested too deeply</source>
            <translation>elements nested too deeply</translation>
        </message>
        <message>
            <source>more than one root element</source>
            <translation>more than one root element</translation>
        </message>
        <message>
            <source>%1 (line %2)</source>
            <translation>%1 (line %2)</translation>
        </message>
        <message>
            <source>no root element</source>
            <translation>no root element</translation>
        </message>
        <message>
            <source>the OFD is missing a part: %1</source>
            <translation>the OFD is missing a part: %1</translation>
        </message>
        <message>
            <source>the OFD's part %1 is too large to unpack</source>
            <translation>the OFD's part %1 is too large to unpack</translation>
        </message>
        <message>
            <source>the OFD is encrypted; encrypted OFD files are not supported</source>
            <translation>the OFD is encrypted; encrypted OFD files are not supported</translation>
        </message>
        <message>
            <source>the OFD is damaged: its part %1 cannot be unpacked</source>
            <translation>the OFD is damaged: its part %1 cannot be unpacked</translation>
        </message>
        <message>
            <source>the OFD file is truncated or damaged (not a valid ZIP archive)</source>
            <translation>the OFD file is truncated or damaged (not a valid ZIP archive)</translation>
        </message>
        <message>
            <source>the OFD file is damaged (its ZIP directory does not match its contents)</source>
            <translation>the OFD file is damaged (its ZIP directory does not match its contents)</translation>
        </message>
        <message>
            <source>the OFD is damaged: %1 is not valid XML (%2)</source>
            <translation>the OFD is damaged: %1 is not valid XML (%2)</translation>
        </message>
        <message>
            <source>the OFD is damaged: OFD.xml is not an OFD entry file</source>
            <translation>the OFD is damaged: OFD.xml is not an OFD entry file</translation>
        </message>
        <message>
            <source>the OFD is damaged: OFD.xml names no document (DocBody)</source>
            <translation>the OFD is damaged: OFD.xml names no document (DocBody)</translation>
        </message>
        <message>
            <source>the OFD is damaged: OFD.xml names no document root (DocRoot)</source>
            <translation>the OFD is damaged: OFD.xml names no document root (DocRoot)</translation>
        </message>
        <message>
            <source>the OFD is damaged: a page has no content location (BaseLoc)</source>
            <translation>the OFD is damaged: a page has no content location (BaseLoc)</translation>
        </message>
        <message>
            <source>the OFD is damaged: page %1 has no size</source>
            <translation>the OFD is damaged: page %1 has no size</translation>
        </message>
        <message>
            <source>the OFD is damaged: %1 is not an OFD document</source>
            <translation>the OFD is damaged: %1 is not an OFD document</translation>
        </message>
        <message>
            <source>the OFD has no pages</source>
            <translation>the OFD has no pages</translation>
        </message>
        <message>
            <source>the OFD has too many pages (more than %1)</source>
            <translation>the OFD has too many pages (more than %1)</translation>
        </message>
        <message>
            <source>a ZIP archive that is not an OFD document (no OFD.xml)</source>
            <translation>a ZIP archive that is not an OFD document (no OFD.xml)</translation>
        </message>
        <message>
            <source>reading Word 97-2003 (.doc) and WPS (.wps) files needs LibreOffice, which was not found: install LibreOffice (https://www.libreoffice.org; on Debian or Ubuntu the package libreoffice-writer) and import the file again, or save it as .docx or PDF first</source>
            <translation>reading Word 97-2003 (.doc) and WPS (.wps) files needs LibreOffice, which was not found: install LibreOffice (https://www.libreoffice.org; on Debian or Ubuntu the package libreoffice-writer) and import the file again, or save it as .docx or PDF first</translation>
        </message>
        <message>
            <source>cannot make a temporary folder for the conversion: %1</source>
            <translation>cannot make a temporary folder for the conversion: %1</translation>
        </message>
        <message>
            <source>cannot write the file for the conversion: %1</source>
            <translation>cannot write the file for the conversion: %1</translation>
        </message>
        <message>
            <source>LibreOffice (%1) could not be started: %2</source>
            <translation>LibreOffice (%1) could not be started: %2</translation>
        </message>
        <message>
            <source>the conversion was cancelled</source>
            <translation>the conversion was cancelled</translation>
        </message>
        <message>
            <source>LibreOffice did not finish converting the file within %1 seconds</source>
            <translation>LibreOffice did not finish converting the file within %1 seconds</translation>
        </message>
        <message>
            <source>LibreOffice could not convert the file (exit code %1)</source>
            <translation>LibreOffice could not convert the file (exit code %1)</translation>
        </message>
        <message>
            <source>LibreOffice could not convert the file (%1)</source>
            <translation>LibreOffice could not convert the file (%1)</translation>
        </message>
        <message>
            <source>the PDF has %1 pages; PolicyLens reads up to %2 pages</source>
            <translation>the PDF has %1 pages; PolicyLens reads up to %2 pages</translation>
        </message>
        <message>
            <source> (at page %1 of %2)</source>
            <translation> (at page %1 of %2)</translation>
        </message>
        <message>
            <source>the Word document's text part</source>
            <translation>the Word document's text part</translation>
        </message>
        <message>
            <source>the web page has too many elements (%1; the limit is %2)</source>
            <translation>the web page has too many elements (%1; the limit is %2)</translation>
        </message>
        <message>
            <source>the web page cannot be read</source>
            <translation>the web page cannot be read</translation>
        </message>
        <message numerus="yes">
            <source>ignored %n tag(s) nested more than %1 deep</source>
            <translation>
                <numerusform>ignored %n tag nested more than %1 deep</numerusform>
                <numerusform>ignored %n tags nested more than %1 deep</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>replaced %n stray byte(s) that could not be read as text with U+FFFD</source>
            <translation>
                <numerusform>replaced %n stray byte that could not be read as text with U+FFFD</numerusform>
                <numerusform>replaced %n stray bytes that could not be read as text with U+FFFD</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is missing</source>
            <translation>%1 is missing</translation>
        </message>
        <message>
            <source>%1 is too large (%2 MB unpacked; the limit is %3 MB per part)</source>
            <translation>%1 is too large (%2 MB unpacked; the limit is %3 MB per part)</translation>
        </message>
        <message>
            <source>%1 unpacks to %2 times its packed size (%3 MB from %4 MB; the limit is %5 times): a damaged or malicious file (ZIP bomb)</source>
            <translation>%1 unpacks to %2 times its packed size (%3 MB from %4 MB; the limit is %5 times): a damaged or malicious file (ZIP bomb)</translation>
        </message>
        <message>
            <source>%1 cannot be unpacked (the archive is damaged)</source>
            <translation>%1 cannot be unpacked (the archive is damaged)</translation>
        </message>
    </context>
    <context>
        <name>plens::ocr</name>
        <message>
            <source>the text recognition model %1.traineddata was not found (looked in %2)</source>
            <translation>the text recognition model %1.traineddata was not found (looked in %2)</translation>
        </message>
        <message>
            <source>the text recognition model %1 in %2 cannot be loaded</source>
            <translation>the text recognition model %1 in %2 cannot be loaded</translation>
        </message>
        <message>
            <source>text recognition was cancelled</source>
            <translation>text recognition was cancelled</translation>
        </message>
        <message>
            <source>text recognition failed on this image</source>
            <translation>text recognition failed on this image</translation>
        </message>
        <message>
            <source>this build of PolicyLens cannot recognise text</source>
            <translation>this build of PolicyLens cannot recognise text</translation>
        </message>
    </context>
    <context>
        <name>plens::ui</name>
        <message>
            <source>cannot read the built-in sample</source>
            <translation>cannot read the built-in sample</translation>
        </message>
        <message>
            <source>The password was not correct. Password for %1:</source>
            <translation>The password was not correct. Password for %1:</translation>
        </message>
        <message>
            <source>%1 is protected by a password. Password:</source>
            <translation>%1 is protected by a password. Password:</translation>
        </message>
        <message>
            <source>Encrypted PDF</source>
            <translation>Encrypted PDF</translation>
        </message>
        <message>
            <source>the import was cancelled (no password given)</source>
            <translation>the import was cancelled (no password given)</translation>
        </message>
        <message>
            <source>workspaces or documents to open</source>
            <translation>workspaces or documents to open</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::AboutDialog</name>
        <message>
            <source>About PolicyLens</source>
            <translation>About PolicyLens</translation>
        </message>
        <message>
            <source>&lt;h3&gt;PolicyLens %1&lt;/h3&gt;&lt;p&gt;Read, tag and track the quantified commitments of Chinese policy documents.&lt;/p&gt;&lt;p&gt;PolicyLens is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%2). It comes with no warranty.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;PolicyLens %1&lt;/h3&gt;&lt;p&gt;Read, tag and track the quantified commitments of Chinese policy documents.&lt;/p&gt;&lt;p&gt;PolicyLens is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%2). It comes with no warranty.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Built with:</source>
            <translation>Built with:</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::AnalysisActions</name>
        <message>
            <source>Deadline Radar</source>
            <translation>Deadline Radar</translation>
        </message>
        <message>
            <source>&amp;Cascade Check...</source>
            <translation>&amp;Cascade Check...</translation>
        </message>
        <message>
            <source>Line up a region's targets with those of the regions inside it</source>
            <translation>Line up a region's targets with those of the regions inside it</translation>
        </message>
        <message>
            <source>Deadline &amp;Radar</source>
            <translation>Deadline &amp;Radar</translation>
        </message>
        <message>
            <source>Plan &amp;Revisions...</source>
            <translation>Plan &amp;Revisions...</translation>
        </message>
        <message>
            <source>Compare the targets of two versions of a plan</source>
            <translation>Compare the targets of two versions of a plan</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) overdue: see the Deadline Radar</source>
            <translation>
                <numerusform>%n target overdue: see the Deadline Radar</numerusform>
                <numerusform>%n targets overdue: see the Deadline Radar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>plens::ui::AnnotationPanel</name>
        <message>
            <source>Highlight</source>
            <translation>Highlight</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Save note</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Highlight the selected passage with this colour, note and tags</source>
            <translation>Highlight the selected passage with this colour, note and tags</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>By document</source>
            <translation>By document</translation>
        </message>
        <message>
            <source>By tag</source>
            <translation>By tag</translation>
        </message>
        <message>
            <source>Filter annotations</source>
            <translation>Filter annotations</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Annotations</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>All notes</translation>
        </message>
        <message>
            <source>(not found in the revised document) %1</source>
            <translation>(not found in the revised document) %1</translation>
        </message>
        <message>
            <source>Untagged</source>
            <translation>Untagged</translation>
        </message>
        <message>
            <source>Document %1</source>
            <translation>Document %1</translation>
        </message>
        <message>
            <source>&lt;p&gt;No notes yet.&lt;/p&gt;</source>
            <translation>&lt;p&gt;No notes yet.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::CascadeView</name>
        <message>
            <source>Cascade Check</source>
            <translation>Cascade Check</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Children's sum</source>
            <translation>Children's sum</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>Set in</source>
            <translation>Set in</translation>
        </message>
        <message>
            <source>Indicator:</source>
            <translation>Indicator:</translation>
        </message>
        <message>
            <source>All indicators</source>
            <translation>All indicators</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message numerus="yes">
            <source>%n other region(s)</source>
            <translation>
                <numerusform>%n other region</numerusform>
                <numerusform>%n other regions</numerusform>
            </translation>
        </message>
        <message>
            <source>No document from: %1</source>
            <translation>No document from: %1</translation>
        </message>
        <message>
            <source>Regions the gazetteer cannot place (listed, not guessed)</source>
            <translation>Regions the gazetteer cannot place (listed, not guessed)</translation>
        </message>
        <message>
            <source>(no region)</source>
            <translation>(no region)</translation>
        </message>
        <message>
            <source>No target here has targets of the regions inside its region to line up with.</source>
            <translation>No target here has targets of the regions inside its region to line up with.</translation>
        </message>
        <message numerus="yes">
            <source>%n cascade(s)</source>
            <translation>
                <numerusform>%n cascade</numerusform>
                <numerusform>%n cascades</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with a gap or a flagged child</source>
            <translation>
                <numerusform>%n with a gap or a flagged child</numerusform>
                <numerusform>%n with a gap or a flagged child</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>plens::ui::CommitmentsModel</name>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Comparator</source>
            <translation>Comparator</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Up to</source>
            <translation>Up to</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Hedge</source>
            <translation>Hedge</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Set by hand: %1</source>
            <translation>Set by hand: %1</translation>
        </message>
        <message>
            <source>Judged: %1</source>
            <translation>Judged: %1</translation>
        </message>
        <message>
            <source>%1 (set by hand)</source>
            <translation>%1 (set by hand)</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::CommitmentsPanel</name>
        <message>
            <source>All documents</source>
            <translation>All documents</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>All tags</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::DocumentView</name>
        <message>
            <source>Select a document in the library to read it.</source>
            <translation>Select a document in the library to read it.</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>Page </source>
            <translation>Page </translation>
        </message>
        <message>
            <source> of %1</source>
            <translation> of %1</translation>
        </message>
        <message numerus="yes">
            <source>Text on page(s) %1 was recognised from images (OCR) and may contain errors: compare it with the page.</source>
            <translation>
                <numerusform>Text on page %1 was recognised from images (OCR) and may contain errors: compare it with the page.</numerusform>
                <numerusform>Text on pages %1 was recognised from images (OCR) and may contain errors: compare it with the page.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show the pages instead of the text</source>
            <translation>Show the pages instead of the text</translation>
        </message>
        <message numerus="yes">
            <source>%n electronic seal(s) or signature(s)</source>
            <translation>
                <numerusform>%n electronic seal or signature</numerusform>
                <numerusform>%n electronic seals or signatures</numerusform>
            </translation>
        </message>
        <message>
            <source>Seals and signatures are shown as they are; PolicyLens does not verify them.
%1</source>
            <translation>Seals and signatures are shown as they are; PolicyLens does not verify them.
%1</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::EditRights</name>
        <message>
            <source>Not available: open or create a workspace first.</source>
            <translation>Not available: open or create a workspace first.</translation>
        </message>
        <message>
            <source>Not available: %1.</source>
            <translation>Not available: %1.</translation>
        </message>
        <message>
            <source>Not available: your role in this team workspace is reader (you can read, search and export).</source>
            <translation>Not available: your role in this team workspace is reader (you can read, search and export).</translation>
        </message>
        <message>
            <source>Not available: only the owners of this team workspace can do this (your role is editor).</source>
            <translation>Not available: only the owners of this team workspace can do this (your role is editor).</translation>
        </message>
        <message>
            <source>Not available while the team workspace's server cannot be reached.</source>
            <translation>Not available while the team workspace's server cannot be reached.</translation>
        </message>
        <message>
            <source>Not available: only the owners of this team workspace delete figures found in the documents (you can delete the ones you added by hand).</source>
            <translation>Not available: only the owners of this team workspace delete figures found in the documents (you can delete the ones you added by hand).</translation>
        </message>
        <message>
            <source>Not available: only %1, who wrote this annotation, or an owner of this team workspace can change it.</source>
            <translation>Not available: only %1, who wrote this annotation, or an owner of this team workspace can change it.</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::ExportActions</name>
        <message>
            <source>Export &amp;Annotated PDF...</source>
            <translation>Export &amp;Annotated PDF...</translation>
        </message>
        <message>
            <source>Export &amp;Meeting Pack...</source>
            <translation>Export &amp;Meeting Pack...</translation>
        </message>
        <message>
            <source>Export &amp;Tables...</source>
            <translation>Export &amp;Tables...</translation>
        </message>
        <message>
            <source>&amp;Print Meeting Pack...</source>
            <translation>&amp;Print Meeting Pack...</translation>
        </message>
        <message>
            <source>The current document as a PDF with your highlights and notes</source>
            <translation>The current document as a PDF with your highlights and notes</translation>
        </message>
        <message>
            <source>Targets, latest reported values, charts and quotes as a PDF for a meeting</source>
            <translation>Targets, latest reported values, charts and quotes as a PDF for a meeting</translation>
        </message>
        <message>
            <source>Figures, links and annotations as an Excel workbook or a CSV file</source>
            <translation>Figures, links and annotations as an Excel workbook or a CSV file</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>Export Annotated PDF</source>
            <translation>Export Annotated PDF</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>%1 is protected by a password. Password:</source>
            <translation>%1 is protected by a password. Password:</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Exporting %1...</source>
            <translation>Exporting %1...</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n highlight(s) to %1</source>
            <translation>
                <numerusform>Exported %n highlight to %1</numerusform>
                <numerusform>Exported %n highlights to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n passage(s) not found in the text, left out)</source>
            <translation>
                <numerusform>(%n passage not found in the text, left out)</numerusform>
                <numerusform>(%n passages not found in the text, left out)</numerusform>
            </translation>
        </message>
        <message>
            <source>Meeting Pack</source>
            <translation>Meeting Pack</translation>
        </message>
        <message>
            <source>Title on the cover:</source>
            <translation>Title on the cover:</translation>
        </message>
        <message>
            <source>Targets and progress</source>
            <translation>Targets and progress</translation>
        </message>
        <message>
            <source>no workspace is open</source>
            <translation>no workspace is open</translation>
        </message>
        <message>
            <source>Export Meeting Pack</source>
            <translation>Export Meeting Pack</translation>
        </message>
        <message>
            <source>Writing the meeting pack...</source>
            <translation>Writing the meeting pack...</translation>
        </message>
        <message numerus="yes">
            <source>Meeting pack written to %1 (%n page(s))</source>
            <translation>
                <numerusform>Meeting pack written to %1 (%n page)</numerusform>
                <numerusform>Meeting pack written to %1 (%n pages)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Tables</source>
            <translation>Export Tables</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file, one table (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV file, one table (*.csv)</translation>
        </message>
        <message>
            <source>A CSV file holds one table. Which one?</source>
            <translation>A CSV file holds one table. Which one?</translation>
        </message>
        <message>
            <source>Writing %1...</source>
            <translation>Writing %1...</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n row(s) written to %2</source>
            <translation>
                <numerusform>%1: %n row written to %2</numerusform>
                <numerusform>%1: %n rows written to %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing the tables...</source>
            <translation>Writing the tables...</translation>
        </message>
        <message>
            <source>Tables written to %1</source>
            <translation>Tables written to %1</translation>
        </message>
        <message>
            <source>Print Meeting Pack</source>
            <translation>Print Meeting Pack</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Export cancelled; %1 was not written</source>
            <translation>Export cancelled; %1 was not written</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>Targets and reported figures, as the reader shows them</source>
            <translation>Targets and reported figures, as the reader shows them</translation>
        </message>
        <message>
            <source>My highlights and notes</source>
            <translation>My highlights and notes</translation>
        </message>
        <message>
            <source>Everything, any tag</source>
            <translation>Everything, any tag</translation>
        </message>
        <message>
            <source>Paint the highlights into the pages (for printing or fax; they can no longer be edited)</source>
            <translation>Paint the highlights into the pages (for printing or fax; they can no longer be edited)</translation>
        </message>
        <message>
            <source>Highlight:</source>
            <translation>Highlight:</translation>
        </message>
        <message>
            <source>Only items tagged:</source>
            <translation>Only items tagged:</translation>
        </message>
        <message>
            <source>%1 (annotated)</source>
            <translation>%1 (annotated)</translation>
        </message>
        <message>
            <source>%1 - tables</source>
            <translation>%1 - tables</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::FigureMenu</name>
        <message>
            <source>Link with the Figure Selected Before</source>
            <translation>Link with the Figure Selected Before</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Delete Figure</source>
            <translation>Delete Figure</translation>
        </message>
        <message>
            <source>The figure is not a commitment or a reported value (Undo puts it back)</source>
            <translation>The figure is not a commitment or a reported value (Undo puts it back)</translation>
        </message>
        <message>
            <source>New Tag...</source>
            <translation>New Tag...</translation>
        </message>
        <message>
            <source>New Tag</source>
            <translation>New Tag</translation>
        </message>
        <message>
            <source>Name of the new tag:</source>
            <translation>Name of the new tag:</translation>
        </message>
        <message>
            <source>Tag figure with a new tag</source>
            <translation>Tag figure with a new tag</translation>
        </message>
        <message>
            <source>As judged: %1</source>
            <translation>As judged: %1</translation>
        </message>
        <message>
            <source>Set by hand: %1</source>
            <translation>Set by hand: %1</translation>
        </message>
        <message>
            <source>Set Status</source>
            <translation>Set Status</translation>
        </message>
        <message>
            <source>Why is the status '%1'? (optional)</source>
            <translation>Why is the status '%1'? (optional)</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::IndicatorActions</name>
        <message>
            <source>Rename indicator</source>
            <translation>Rename indicator</translation>
        </message>
        <message>
            <source>Merge indicators</source>
            <translation>Merge indicators</translation>
        </message>
        <message>
            <source>Split indicator</source>
            <translation>Split indicator</translation>
        </message>
        <message>
            <source>Indicator &amp;Chart...</source>
            <translation>Indicator &amp;Chart...</translation>
        </message>
        <message>
            <source>&amp;Dashboard...</source>
            <translation>&amp;Dashboard...</translation>
        </message>
        <message>
            <source>&amp;Group Figures into Indicators</source>
            <translation>&amp;Group Figures into Indicators</translation>
        </message>
        <message>
            <source>Put every figure without an indicator under the most similar one</source>
            <translation>Put every figure without an indicator under the most similar one</translation>
        </message>
        <message>
            <source>Group figures into indicators</source>
            <translation>Group figures into indicators</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::IndicatorsPanel</name>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Chart</translation>
        </message>
        <message>
            <source>Chart the targets and reported values of the indicator</source>
            <translation>Chart the targets and reported values of the indicator</translation>
        </message>
        <message>
            <source>Rename...</source>
            <translation>Rename...</translation>
        </message>
        <message>
            <source>Give the indicator another name (the old one stays as an alias)</source>
            <translation>Give the indicator another name (the old one stays as an alias)</translation>
        </message>
        <message>
            <source>Merge Into...</source>
            <translation>Merge Into...</translation>
        </message>
        <message>
            <source>Move the indicator's figures into another indicator</source>
            <translation>Move the indicator's figures into another indicator</translation>
        </message>
        <message>
            <source>Split Off...</source>
            <translation>Split Off...</translation>
        </message>
        <message>
            <source>Move the selected figures into a new indicator</source>
            <translation>Move the selected figures into a new indicator</translation>
        </message>
        <message>
            <source>Also named: %1</source>
            <translation>Also named: %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Rename Indicator</source>
            <translation>Rename Indicator</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <source>An indicator named '%1' exists already. Use Merge Into to join them.</source>
            <translation>An indicator named '%1' exists already. Use Merge Into to join them.</translation>
        </message>
        <message>
            <source>Merge Indicator</source>
            <translation>Merge Indicator</translation>
        </message>
        <message>
            <source>Merge into:</source>
            <translation>Merge into:</translation>
        </message>
        <message>
            <source>Split Indicator</source>
            <translation>Split Indicator</translation>
        </message>
        <message>
            <source>Select the figures to move into a new indicator first.</source>
            <translation>Select the figures to move into a new indicator first.</translation>
        </message>
        <message>
            <source>Name of the new indicator:</source>
            <translation>Name of the new indicator:</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::LibraryPanel</name>
        <message>
            <source>Filter documents</source>
            <translation>Filter documents</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Search the text of all documents and notes (Enter)</source>
            <translation>Search the text of all documents and notes (Enter)</translation>
        </message>
        <message>
            <source>note in %1</source>
            <translation>note in %1</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Nothing found.</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::LinksPanel</name>
        <message>
            <source>Accept</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Show rejected</source>
            <translation>Show rejected</translation>
        </message>
        <message>
            <source>Target / reported figure</source>
            <translation>Target / reported figure</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Suggested</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Accept the selected links (select a target to accept all its suggestions)</source>
            <translation>Accept the selected links (select a target to accept all its suggestions)</translation>
        </message>
        <message>
            <source>Reject the selected links; rejected pairs are never suggested again</source>
            <translation>Reject the selected links; rejected pairs are never suggested again</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New Workspace...</source>
            <translation>&amp;New Workspace...</translation>
        </message>
        <message>
            <source>&amp;Open Workspace...</source>
            <translation>&amp;Open Workspace...</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About PolicyLens</source>
            <translation>&amp;About PolicyLens</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot open workspace</source>
            <translation>Cannot open workspace</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>Open Workspace</translation>
        </message>
        <message>
            <source>PolicyLens workspaces (*.plens)</source>
            <translation>PolicyLens workspaces (*.plens)</translation>
        </message>
        <message>
            <source>New Workspace</source>
            <translation>New Workspace</translation>
        </message>
        <message>
            <source>Cannot open document</source>
            <translation>Cannot open document</translation>
        </message>
        <message>
            <source>No workspace</source>
            <translation>No workspace</translation>
        </message>
        <message>
            <source>%1 - PolicyLens</source>
            <translation>%1 - PolicyLens</translation>
        </message>
        <message>
            <source>Targets and reported figures</source>
            <translation>Targets and reported figures</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Annotations</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>Recent Workspaces</source>
            <translation>Recent Workspaces</translation>
        </message>
        <message>
            <source>&amp;Import Documents...</source>
            <translation>&amp;Import Documents...</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Find in All Documents</source>
            <translation>&amp;Find in All Documents</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>&amp;Settings...</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Open Beside</source>
            <translation>Open Beside</translation>
        </message>
        <message>
            <source>Close Pane</source>
            <translation>Close Pane</translation>
        </message>
        <message>
            <source>Synchronised Scrolling</source>
            <translation>Synchronised Scrolling</translation>
        </message>
        <message>
            <source>Next Figure</source>
            <translation>Next Figure</translation>
        </message>
        <message>
            <source>Previous Figure</source>
            <translation>Previous Figure</translation>
        </message>
        <message>
            <source>Next Annotation</source>
            <translation>Next Annotation</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Edit note</translation>
        </message>
        <message>
            <source>Tag annotation</source>
            <translation>Tag annotation</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>Rename tag</translation>
        </message>
        <message>
            <source>Tag colour</source>
            <translation>Tag colour</translation>
        </message>
        <message>
            <source>Move tag</source>
            <translation>Move tag</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Cancel import</translation>
        </message>
        <message numerus="yes">
            <source>Import cancelled after %n file(s)</source>
            <translation>
                <numerusform>Import cancelled after %n file</numerusform>
                <numerusform>Import cancelled after %n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n file(s)</source>
            <translation>
                <numerusform>Imported %n file</numerusform>
                <numerusform>Imported %n files</numerusform>
            </translation>
        </message>
        <message>
            <source>Some files were not imported</source>
            <translation>Some files were not imported</translation>
        </message>
        <message>
            <source>Import Documents</source>
            <translation>Import Documents</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Open or create a workspace first.</source>
            <translation>Open or create a workspace first.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>%1 is protected by a password. Password:</source>
            <translation>%1 is protected by a password. Password:</translation>
        </message>
        <message>
            <source>%1: the pages cannot be shown; showing the text</source>
            <translation>%1: the pages cannot be shown; showing the text</translation>
        </message>
        <message>
            <source>The change was not saved</source>
            <translation>The change was not saved</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>&amp;Indicators</source>
            <translation>&amp;Indicators</translation>
        </message>
        <message>
            <source>Set Status</source>
            <translation>Set Status</translation>
        </message>
        <message>
            <source>Why is the status '%1'? (optional)</source>
            <translation>Why is the status '%1'? (optional)</translation>
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation>&amp;Analysis</translation>
        </message>
        <message>
            <source>Open &amp;Team Workspace...</source>
            <translation>Open &amp;Team Workspace...</translation>
        </message>
        <message>
            <source>Cannot open the team workspace</source>
            <translation>Cannot open the team workspace</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <source>editor</source>
            <translation>editor</translation>
        </message>
        <message>
            <source>reader (read only)</source>
            <translation>reader (read only)</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source> — server unreachable, retrying</source>
            <translation> — server unreachable, retrying</translation>
        </message>
        <message numerus="yes">
            <source> — %n edit(s) waiting in the outbox</source>
            <translation>
                <numerusform> — %n edit waiting in the outbox</numerusform>
                <numerusform> — %n edits waiting in the outbox</numerusform>
            </translation>
        </message>
        <message>
            <source>Someone else changed this</source>
            <translation>Someone else changed this</translation>
        </message>
        <message>
            <source>Not allowed in this team workspace</source>
            <translation>Not allowed in this team workspace</translation>
        </message>
        <message>
            <source>Recognising text in %1: page %2 of %3</source>
            <translation>Recognising text in %1: page %2 of %3</translation>
        </message>
        <message>
            <source>Some pages could not be read</source>
            <translation>Some pages could not be read</translation>
        </message>
        <message>
            <source>%1 (read-only) - PolicyLens</source>
            <translation>%1 (read-only) - PolicyLens</translation>
        </message>
        <message>
            <source>&lt;b&gt;A sample to start with.&lt;/b&gt; Left: a city's action plan, its targets highlighted; right: a briefing with the figures reported since. Click a target to see the figure reported on it, joined by a line; the table below judges each target. &lt;b&gt;Indicators &amp;gt; Indicator Chart&lt;/b&gt; charts them, &lt;b&gt;File &amp;gt; Export&lt;/b&gt; makes the meeting pack. Import your own documents with &lt;b&gt;File &amp;gt; Import&lt;/b&gt; or by dropping them here.</source>
            <translation>&lt;b&gt;A sample to start with.&lt;/b&gt; Left: a city's action plan, its targets highlighted; right: a briefing with the figures reported since. Click a target to see the figure reported on it, joined by a line; the table below judges each target. &lt;b&gt;Indicators &amp;gt; Indicator Chart&lt;/b&gt; charts them, &lt;b&gt;File &amp;gt; Export&lt;/b&gt; makes the meeting pack. Import your own documents with &lt;b&gt;File &amp;gt; Import&lt;/b&gt; or by dropping them here.</translation>
        </message>
        <message>
            <source>Hide this hint</source>
            <translation>Hide this hint</translation>
        </message>
        <message>
            <source>Document Library</source>
            <translation>Document Library</translation>
        </message>
        <message>
            <source>&amp;Link the Two Figures Selected Last</source>
            <translation>&amp;Link the Two Figures Selected Last</translation>
        </message>
        <message>
            <source>Click a target in one pane and a figure reported on it in the other, then link them</source>
            <translation>Click a target in one pane and a figure reported on it in the other, then link them</translation>
        </message>
        <message>
            <source>Accept %1 links</source>
            <translation>Accept %1 links</translation>
        </message>
        <message>
            <source>Reject %1 links</source>
            <translation>Reject %1 links</translation>
        </message>
        <message>
            <source>Grouping figures under indicators...</source>
            <translation>Grouping figures under indicators...</translation>
        </message>
        <message>
            <source>Suggesting links between targets and reported figures...</source>
            <translation>Suggesting links between targets and reported figures...</translation>
        </message>
        <message numerus="yes">
            <source>%n link(s) suggested</source>
            <translation>
                <numerusform>%n link suggested</numerusform>
                <numerusform>%n links suggested</numerusform>
            </translation>
        </message>
        <message>
            <source>Policy documents (%1);;All files (*)</source>
            <translation>Policy documents (%1);;All files (*)</translation>
        </message>
        <message>
            <source>An import is running; wait for it or cancel it first.</source>
            <translation>An import is running; wait for it or cancel it first.</translation>
        </message>
        <message>
            <source>Nothing linked: click a target, then a figure reported on it (or the other way round), then link.</source>
            <translation>Nothing linked: click a target, then a figure reported on it (or the other way round), then link.</translation>
        </message>
        <message>
            <source>Link anyway?</source>
            <translation>Link anyway?</translation>
        </message>
        <message>
            <source>Link %1 to %2 anyway? The link is kept, but the figure is not counted in the target's progress.</source>
            <translation>Link %1 to %2 anyway? The link is kept, but the figure is not counted in the target's progress.</translation>
        </message>
        <message>
            <source>Not linked.</source>
            <translation>Not linked.</translation>
        </message>
        <message>
            <source>Linked %1 to the target %2.</source>
            <translation>Linked %1 to the target %2.</translation>
        </message>
        <message>
            <source>Linked the target %1 as a part of %2.</source>
            <translation>Linked the target %1 as a part of %2.</translation>
        </message>
        <message>
            <source>A new indicator: %1</source>
            <translation>A new indicator: %1</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Which indicator does '%1' measure?</source>
            <translation>Which indicator does '%1' measure?</translation>
        </message>
        <message>
            <source>Correct figure</source>
            <translation>Correct figure</translation>
        </message>
        <message>
            <source>Move figure to another indicator</source>
            <translation>Move figure to another indicator</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::PageView</name>
        <message>
            <source>Page %1</source>
            <translation>Page %1</translation>
        </message>
        <message>
            <source>Text recognised (OCR)</source>
            <translation>Text recognised (OCR)</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::RadarPanel</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Overdue, nothing reported</source>
            <translation>Overdue, nothing reported</translation>
        </message>
        <message>
            <source>Overdue, not met</source>
            <translation>Overdue, not met</translation>
        </message>
        <message>
            <source>Marked by a user</source>
            <translation>Marked by a user</translation>
        </message>
        <message>
            <source>Due this year, nothing reported</source>
            <translation>Due this year, nothing reported</translation>
        </message>
        <message>
            <source>Projected short</source>
            <translation>Projected short</translation>
        </message>
        <message>
            <source>Stale</source>
            <translation>Stale</translation>
        </message>
        <message>
            <source>Only what needs attention</source>
            <translation>Only what needs attention</translation>
        </message>
        <message>
            <source> months</source>
            <translation> months</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>Latest value</translation>
        </message>
        <message>
            <source>Projection</source>
            <translation>Projection</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>As of:</source>
            <translation>As of:</translation>
        </message>
        <message>
            <source>Stale after:</source>
            <translation>Stale after:</translation>
        </message>
        <message>
            <source>≈ %1 in %2 (projected)</source>
            <translation>≈ %1 in %2 (projected)</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n need attention</numerusform>
                <numerusform>%n needs attention</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) with a due year</source>
            <translation>
                <numerusform>%n target with a due year</numerusform>
                <numerusform>%n targets with a due year</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>plens::ui::RecoveryActions</name>
        <message>
            <source>&amp;Recover Workspace...</source>
            <translation>&amp;Recover Workspace...</translation>
        </message>
        <message>
            <source>Copy what is readable of a damaged workspace into a new one</source>
            <translation>Copy what is readable of a damaged workspace into a new one</translation>
        </message>
        <message>
            <source>Recover Workspace</source>
            <translation>Recover Workspace</translation>
        </message>
        <message>
            <source>PolicyLens workspaces (*.plens)</source>
            <translation>PolicyLens workspaces (*.plens)</translation>
        </message>
        <message>
            <source>Save the Recovered Workspace As</source>
            <translation>Save the Recovered Workspace As</translation>
        </message>
        <message>
            <source>%1 is damaged, so it is open for reading only: nothing can be saved into it.

Recover what is readable into a new workspace now?</source>
            <translation>%1 is damaged, so it is open for reading only: nothing can be saved into it.

Recover what is readable into a new workspace now?</translation>
        </message>
        <message>
            <source>Damaged Workspace</source>
            <translation>Damaged Workspace</translation>
        </message>
        <message>
            <source>Recovering %1...</source>
            <translation>Recovering %1...</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cannot recover the workspace</source>
            <translation>Cannot recover the workspace</translation>
        </message>
        <message>
            <source>Workspace Recovered</source>
            <translation>Workspace Recovered</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::RevisionsView</name>
        <message>
            <source>value</source>
            <translation>value</translation>
        </message>
        <message>
            <source>due year</source>
            <translation>due year</translation>
        </message>
        <message>
            <source>comparator</source>
            <translation>comparator</translation>
        </message>
        <message>
            <source>hedge</source>
            <translation>hedge</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unit</translation>
        </message>
        <message>
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>dropped</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Plan Revisions</source>
            <translation>Plan Revisions</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Older</source>
            <translation>Older</translation>
        </message>
        <message>
            <source>Newer</source>
            <translation>Newer</translation>
        </message>
        <message>
            <source>How matched</source>
            <translation>How matched</translation>
        </message>
        <message>
            <source>Versions found:</source>
            <translation>Versions found:</translation>
        </message>
        <message>
            <source>Older:</source>
            <translation>Older:</translation>
        </message>
        <message>
            <source>Newer:</source>
            <translation>Newer:</translation>
        </message>
        <message>
            <source>None found: choose two documents below</source>
            <translation>None found: choose two documents below</translation>
        </message>
        <message>
            <source>Import two versions of a plan to compare their targets.</source>
            <translation>Import two versions of a plan to compare their targets.</translation>
        </message>
        <message>
            <source>Choose two different documents.</source>
            <translation>Choose two different documents.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) unchanged</source>
            <translation>
                <numerusform>%n target unchanged</numerusform>
                <numerusform>%n targets unchanged</numerusform>
            </translation>
        </message>
        <message>
            <source>older: %1</source>
            <translation>older: %1</translation>
        </message>
        <message>
            <source>No two documents here look like versions of one plan: choose two to compare.</source>
            <translation>No two documents here look like versions of one plan: choose two to compare.</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>System language</translation>
        </message>
        <message>
            <source>Highlight colour %1</source>
            <translation>Highlight colour %1</translation>
        </message>
        <message>
            <source>Author name:</source>
            <translation>Author name:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <source>Highlight colours:</source>
            <translation>Highlight colours:</translation>
        </message>
        <message>
            <source>Figure colours:</source>
            <translation>Figure colours:</translation>
        </message>
        <message>
            <source>A new language takes effect when PolicyLens starts again.</source>
            <translation>A new language takes effect when PolicyLens starts again.</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::TagTree</name>
        <message>
            <source>New tag</source>
            <translation>New tag</translation>
        </message>
        <message>
            <source>Name of the new tag:</source>
            <translation>Name of the new tag:</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>Rename tag</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <source>Tag colour</source>
            <translation>Tag colour</translation>
        </message>
        <message>
            <source>Merge tag</source>
            <translation>Merge tag</translation>
        </message>
        <message>
            <source>Merge into:</source>
            <translation>Merge into:</translation>
        </message>
        <message>
            <source>New tag inside</source>
            <translation>New tag inside</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Colour…</translation>
        </message>
        <message>
            <source>Merge into…</source>
            <translation>Merge into…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::TeamWorkspaceDialog</name>
        <message>
            <source>Open Team Workspace</source>
            <translation>Open Team Workspace</translation>
        </message>
        <message>
            <source>Remember the password in the system keychain</source>
            <translation>Remember the password in the system keychain</translation>
        </message>
        <message>
            <source>This PolicyLens has no keychain support: the password is asked for each time.</source>
            <translation>This PolicyLens has no keychain support: the password is asked for each time.</translation>
        </message>
        <message>
            <source>Required (encrypted connection)</source>
            <translation>Required (encrypted connection)</translation>
        </message>
        <message>
            <source>Required, and check the server's certificate</source>
            <translation>Required, and check the server's certificate</translation>
        </message>
        <message>
            <source>Off (only on a trusted network)</source>
            <translation>Off (only on a trusted network)</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Encryption:</source>
            <translation>Encryption:</translation>
        </message>
        <message>
            <source>A team workspace lives on the office's PostgreSQL server: everyone who opens it sees each other's work. IT gives you these details.</source>
            <translation>A team workspace lives on the office's PostgreSQL server: everyone who opens it sees each other's work. IT gives you these details.</translation>
        </message>
    </context>
</TS>

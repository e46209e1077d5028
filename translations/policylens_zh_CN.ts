<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ChartOutput</name>
        <message>
            <source>Sources: %1</source>
            <translation>来源：%1</translation>
        </message>
        <message>
            <source>Date: %1 · PolicyLens %2</source>
            <translation>日期：%1 · PolicyLens %2</translation>
        </message>
        <message>
            <source>the chart could not be drawn as PNG</source>
            <translation>无法将图表绘制为 PNG</translation>
        </message>
        <message>
            <source>unknown chart format '%1' (use .png, .svg or .pdf)</source>
            <translation>未知的图表格式“%1”（请使用 .png、.svg 或 .pdf）</translation>
        </message>
        <message>
            <source>the PDF could not be started</source>
            <translation>无法开始写入 PDF</translation>
        </message>
    </context>
    <context>
        <name>ExportFont</name>
        <message>
            <source>Writing a PDF needs the graphical application (fonts are not available).</source>
            <translation>写入 PDF 需要图形界面程序（无法使用字体）。</translation>
        </message>
        <message>
            <source>No Chinese font is installed (tried %1). Install Noto Sans CJK SC (fonts-noto-cjk) or Microsoft YaHei and export again.</source>
            <translation>未安装中文字体（已尝试 %1）。请安装 Noto Sans CJK SC（fonts-noto-cjk）或微软雅黑后重新导出。</translation>
        </message>
    </context>
    <context>
        <name>HighlightText</name>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Hedge</source>
            <translation>限定语</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>责任单位</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>已修正</translation>
        </message>
        <message>
            <source>yes, by a user</source>
            <translation>是，由用户修正</translation>
        </message>
    </context>
    <context>
        <name>IndicatorChart</name>
        <message>
            <source>Unspecified area</source>
            <translation>未注明地区</translation>
        </message>
        <message>
            <source>Target %1: %2 by %3</source>
            <translation>目标 %1：%3年 %2</translation>
        </message>
        <message>
            <source>Target %1: %2</source>
            <translation>目标 %1：%2</translation>
        </message>
        <message>
            <source>%1 (%2% of target)</source>
            <translation>%1（达成目标 %2%）</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Reported: %1</source>
            <translation>报告值：%1</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Latest reported value</source>
            <translation>最新报告值</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>比重（%）</translation>
        </message>
        <message>
            <source>Change (percentage points, 个百分点)</source>
            <translation>变化（个百分点）</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Value (%1)</source>
            <translation>数值（%1）</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n 个目标</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reported value(s)</source>
            <translation>
                <numerusform>%n 个报告值</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n figure(s) in other units not charted</source>
            <translation>
                <numerusform>%n 个其他单位的数字未绘制</numerusform>
            </translation>
        </message>
        <message>
            <source>By region</source>
            <translation>按地区</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>按时间</translation>
        </message>
        <message>
            <source>%1 (set by hand)</source>
            <translation>%1（手动设定）</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>已报告</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>预计</translation>
        </message>
        <message>
            <source>Parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>有风险</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>未达成</translation>
        </message>
        <message>
            <source>As judged</source>
            <translation>按判断</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>按计划推进</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>已达成</translation>
        </message>
    </context>
    <context>
        <name>MeetingPackSource</name>
        <message>
            <source>Unit: %1</source>
            <translation>单位：%1</translation>
        </message>
    </context>
    <context>
        <name>MeetingPackWriter</name>
        <message>
            <source>Target %1</source>
            <translation>目标 %1</translation>
        </message>
        <message>
            <source>Targets and latest reported values</source>
            <translation>目标及最新报告数值</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Set in</source>
            <translation>出处</translation>
        </message>
        <message>
            <source>Latest reported</source>
            <translation>最新报告</translation>
        </message>
        <message>
            <source>Reported in</source>
            <translation>报告来源</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>完成率</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Source quotes</source>
            <translation>原文摘录</translation>
        </message>
        <message>
            <source>p. %1</source>
            <translation>第 %1 页</translation>
        </message>
        <message>
            <source>the meeting pack cannot be printed or written</source>
            <translation>无法打印或写入会议材料</translation>
        </message>
        <message>
            <source>Meeting pack</source>
            <translation>会议材料</translation>
        </message>
        <message>
            <source>All targets</source>
            <translation>全部目标</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n 个目标</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n chart(s)</source>
            <translation>
                <numerusform>%n 张图表</numerusform>
            </translation>
        </message>
        <message>
            <source>export cancelled</source>
            <translation>导出已取消</translation>
        </message>
        <message>
            <source>%1 (set by hand)</source>
            <translation>%1（手动设定）</translation>
        </message>
    </context>
    <context>
        <name>OutputFile</name>
        <message>
            <source>no output file given</source>
            <translation>未指定输出文件</translation>
        </message>
        <message>
            <source>is a folder; give a file name to write</source>
            <translation>是一个文件夹；请指定要写入的文件名</translation>
        </message>
        <message>
            <source>the folder %1 does not exist</source>
            <translation>文件夹 %1 不存在</translation>
        </message>
        <message>
            <source>cannot be written (%1); choose a folder you can write to</source>
            <translation>无法写入（%1）；请选择有写入权限的文件夹</translation>
        </message>
        <message>
            <source>cannot be written (not open)</source>
            <translation>无法写入（未打开）</translation>
        </message>
        <message>
            <source>cannot be written (%1); is the disk full?</source>
            <translation>无法写入（%1）；磁盘是否已满？</translation>
        </message>
        <message>
            <source>cannot be saved (%1)</source>
            <translation>无法保存（%1）</translation>
        </message>
    </context>
    <context>
        <name>PackAnalysis</name>
        <message>
            <source>Cascade check: targets of the regions inside a region</source>
            <translation>上下级目标核对：地区与下辖地区的目标</translation>
        </message>
        <message>
            <source>Counts and amounts are added, rates and shares compared one by one; units that do not add are never added. Red: short of the parent, less demanding, due later, or missing.</source>
            <translation>数量和金额相加，比率和占比逐一比较；不可相加的单位从不相加。红色：低于上级、要求更低、到期更晚或缺失。</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Children's sum</source>
            <translation>下级合计</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>缺口</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>The gazetteer cannot place this region: listed, not guessed.</source>
            <translation>地名表无法定位该地区：仅列出，不推测。</translation>
        </message>
        <message>
            <source>Deadline radar</source>
            <translation>期限雷达</translation>
        </message>
        <message numerus="yes">
            <source>As of %1: targets past due or due this year with nothing reported since they were set, values older than %n month(s), and straight-line projections (not data) that fall short.</source>
            <translation>
                <numerusform>截至%1：已逾期或今年到期且设定以来无报告数值的目标、超过 %n 个月的旧数值，以及按直线推算（非实际数据）将达不到的目标。</numerusform>
            </translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>最新数值</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Plan revisions</source>
            <translation>规划修订</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <source>Older</source>
            <translation>较旧版本</translation>
        </message>
        <message>
            <source>Newer</source>
            <translation>较新版本</translation>
        </message>
        <message numerus="yes">
            <source>%1 → %2 (%n change(s))</source>
            <translation>
                <numerusform>%1 → %2（%n 处变化）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>ID</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Document date</source>
            <translation>文档日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>指标名称</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Comparator</source>
            <translation>比较方式</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Value max</source>
            <translation>数值上限</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Hedge</source>
            <translation>限定语</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>责任单位</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Status note</source>
            <translation>状态说明</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>原文</translation>
        </message>
        <message>
            <source>Reports on</source>
            <translation>报告</translation>
        </message>
        <message>
            <source>Restates</source>
            <translation>重申</translation>
        </message>
        <message>
            <source>Breaks down</source>
            <translation>分解</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>已接受</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>目标任务</translation>
        </message>
        <message>
            <source>Reported values</source>
            <translation>报告数值</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>关联</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>From document</source>
            <translation>来源文档</translation>
        </message>
        <message>
            <source>From figure</source>
            <translation>来源数据</translation>
        </message>
        <message>
            <source>From value</source>
            <translation>来源数值</translation>
        </message>
        <message>
            <source>From year</source>
            <translation>来源年份</translation>
        </message>
        <message>
            <source>To document</source>
            <translation>目标文档</translation>
        </message>
        <message>
            <source>To figure</source>
            <translation>目标数据</translation>
        </message>
        <message>
            <source>To value</source>
            <translation>目标数值</translation>
        </message>
        <message>
            <source>To year</source>
            <translation>目标年份</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>批注</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>引文</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>修改时间</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Orphaned</source>
            <translation>未找到原文</translation>
        </message>
        <message>
            <source>there is no table to write</source>
            <translation>没有可写入的表格</translation>
        </message>
        <message>
            <source>no temporary folder to write to (%1)</source>
            <translation>没有可写入的临时文件夹（%1）</translation>
        </message>
        <message>
            <source>the spreadsheet cannot be created</source>
            <translation>无法创建电子表格</translation>
        </message>
        <message>
            <source>export cancelled</source>
            <translation>导出已取消</translation>
        </message>
        <message>
            <source>the spreadsheet cannot be written (%1)</source>
            <translation>无法写入电子表格（%1）</translation>
        </message>
    </context>
    <context>
        <name>plens::OfdRenderer</name>
        <message>
            <source>the embedded font %1 cannot be read; a substitute is used</source>
            <translation>无法读取内嵌字体 %1，已使用替代字体</translation>
        </message>
        <message>
            <source>an image is missing (%1)</source>
            <translation>缺少图片（%1）</translation>
        </message>
        <message>
            <source>an image cannot be decoded (%1)</source>
            <translation>无法解码图片（%1）</translation>
        </message>
    </context>
    <context>
        <name>plens::PdfRenderer</name>
        <message>
            <source>not a readable PDF file</source>
            <translation>不是可读取的 PDF 文件</translation>
        </message>
        <message>
            <source>the PDF is protected by a password</source>
            <translation>该 PDF 受密码保护</translation>
        </message>
        <message>
            <source>the password is not correct</source>
            <translation>密码不正确</translation>
        </message>
        <message>
            <source>the PDF has no pages</source>
            <translation>PDF 没有页面</translation>
        </message>
    </context>
    <context>
        <name>plens::Status</name>
        <message>
            <source>no data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <source>met</source>
            <translation>已达成</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>按计划推进</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>有风险</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>未达成</translation>
        </message>
        <message>
            <source>The figure is about %1, the target about %2: it does not count towards the target.</source>
            <translation>该数值针对%1，目标针对%2：不计入目标完成情况。</translation>
        </message>
        <message>
            <source>The figure is counted in %1, the target in %2: it does not count towards the target.</source>
            <translation>该数值的单位是“%1”，目标的单位是“%2”：不计入目标完成情况。</translation>
        </message>
        <message>
            <source>A change in percentage points is not a level: it does not count towards the target.</source>
            <translation>百分点表示变化量而非水平值：不计入目标完成情况。</translation>
        </message>
        <message numerus="yes">
            <source>None of the %n linked figure(s) counts: they are about another region, in another unit, or changes in percentage points.</source>
            <translation>
                <numerusform>关联的 %n 个数值均不计入：它们针对其他地区、单位不同，或是百分点变化量。</numerusform>
            </translation>
        </message>
        <message>
            <source>No figure has been reported for the target's region yet.</source>
            <translation>该目标所在地区尚无报告数值。</translation>
        </message>
        <message>
            <source>The latest reported value (%1, %2) meets the target.</source>
            <translation>最新报告数值（%1，%2 年）已达到目标。</translation>
        </message>
        <message>
            <source>The latest reported value (%1) meets the target.</source>
            <translation>最新报告数值（%1）已达到目标。</translation>
        </message>
        <message>
            <source>The target was due in %1 and the latest reported value (%2) does not meet it.</source>
            <translation>目标应于 %1 年完成，最新报告数值（%2）未达到。</translation>
        </message>
        <message>
            <source>The latest reported value (%1) is above the limit of %2.</source>
            <translation>最新报告数值（%1）高于上限 %2。</translation>
        </message>
        <message>
            <source>%1% reached in %2, about as much as a steady pace from %3 to %4 would give (%5%).</source>
            <translation>%2 年已完成 %1%，与 %3 年至 %4 年匀速推进的预期（%5%）相当。</translation>
        </message>
        <message>
            <source>Only %1% reached in %2, behind a steady pace from %3 to %4 (%5%).</source>
            <translation>%2 年仅完成 %1%，落后于 %3 年至 %4 年匀速推进的预期（%5%）。</translation>
        </message>
    </context>
    <context>
        <name>plens::Workspace</name>
        <message>
            <source>no annotation with id %1</source>
            <translation>没有编号为 %1 的批注</translation>
        </message>
        <message>
            <source>no document with id %1</source>
            <translation>没有编号为 %1 的文件</translation>
        </message>
        <message>
            <source>no figure with id %1</source>
            <translation>没有编号为 %1 的数值</translation>
        </message>
        <message>
            <source>a figure cannot be linked to itself</source>
            <translation>数值不能与自身关联</translation>
        </message>
        <message>
            <source>the link was not stored</source>
            <translation>关联未能保存</translation>
        </message>
        <message>
            <source>no link with id %1</source>
            <translation>没有编号为 %1 的关联</translation>
        </message>
        <message>
            <source>the workspace is busy (another program is writing to it)</source>
            <translation>工作区正忙（另一个程序正在写入）</translation>
        </message>
        <message>
            <source>the workspace cannot be written (read-only file or folder)</source>
            <translation>无法写入工作区（文件或文件夹为只读）</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>database error: %1</source>
            <translation>数据库错误：%1</translation>
        </message>
        <message>
            <source>a tag needs a name</source>
            <translation>标签需要名称</translation>
        </message>
        <message>
            <source>a tag cannot be moved inside itself</source>
            <translation>标签不能移动到自身之内</translation>
        </message>
        <message>
            <source>no tag with id %1</source>
            <translation>没有编号为 %1 的标签</translation>
        </message>
        <message>
            <source>is a folder, not a workspace file</source>
            <translation>是文件夹，不是工作区文件</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>无法创建文件夹 %1</translation>
        </message>
        <message>
            <source>not a PolicyLens workspace (the file is not a database)</source>
            <translation>不是 PolicyLens 工作区（该文件不是数据库）</translation>
        </message>
        <message>
            <source>the folder %1 is read-only</source>
            <translation>文件夹 %1 为只读</translation>
        </message>
        <message>
            <source>the workspace is open in another PolicyLens (process %1 on %2)</source>
            <translation>工作区已在另一个 PolicyLens 中打开（%2 上的进程 %1）</translation>
        </message>
        <message>
            <source>not a PolicyLens workspace (unreadable database)</source>
            <translation>不是 PolicyLens 工作区（数据库无法读取）</translation>
        </message>
        <message>
            <source>made by a newer PolicyLens (schema %1, this version reads up to %2)</source>
            <translation>由更新版本的 PolicyLens 创建（结构版本 %1，本版本最高支持 %2）</translation>
        </message>
        <message>
            <source>not a PolicyLens workspace (a database of another program)</source>
            <translation>不是 PolicyLens 工作区（其他程序的数据库）</translation>
        </message>
        <message>
            <source>cannot make a backup copy before upgrading the workspace (%1)</source>
            <translation>升级工作区前无法创建备份（%1）</translation>
        </message>
        <message>
            <source>broken references in table %1</source>
            <translation>表 %1 中存在失效的引用</translation>
        </message>
        <message>
            <source>the annotation was not stored</source>
            <translation>批注未保存</translation>
        </message>
        <message>
            <source>the team workspace's server cannot be reached</source>
            <translation>无法连接团队工作区的服务器</translation>
        </message>
        <message>
            <source>the target workspace is not empty (it has %1)</source>
            <translation>目标工作区不是空的（已有 %1）</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>the document was not stored</source>
            <translation>文档未保存</translation>
        </message>
        <message>
            <source>the figure was not stored</source>
            <translation>数字未保存</translation>
        </message>
        <message>
            <source>the indicator was not stored</source>
            <translation>指标未保存</translation>
        </message>
        <message>
            <source>no indicator with id %1</source>
            <translation>没有编号为 %1 的指标</translation>
        </message>
        <message>
            <source>cannot write the outbox: %1</source>
            <translation>无法写入待发送队列：%1</translation>
        </message>
        <message>
            <source>an edit made while offline was not accepted by the server (%1); it is kept in this file</source>
            <translation>离线时所做的修改未被服务器接受（%1）；已保存在此文件中</translation>
        </message>
        <message>
            <source>unknown edit in the outbox: %1</source>
            <translation>待发送队列中有未知的修改：%1</translation>
        </message>
        <message>
            <source>not a team workspace address (postgresql://user@host/database)</source>
            <translation>不是团队工作区地址（postgresql://用户@主机/数据库）</translation>
        </message>
        <message>
            <source>unknown sslmode %1 (use require, verify-full or disable)</source>
            <translation>未知的 sslmode %1（请使用 require、verify-full 或 disable）</translation>
        </message>
        <message>
            <source>the address names no database (postgresql://user@host/database)</source>
            <translation>地址中没有数据库名（postgresql://用户@主机/数据库）</translation>
        </message>
        <message>
            <source>the port must be a number from 1 to 65535</source>
            <translation>端口必须是 1 到 65535 之间的数字</translation>
        </message>
        <message>
            <source>cannot connect: %1</source>
            <translation>无法连接：%1</translation>
        </message>
        <message>
            <source>made by a newer PolicyLens (schema %1, this version knows up to %2)</source>
            <translation>由更新版本的 PolicyLens 创建（结构版本 %1，本版本最高支持 %2）</translation>
        </message>
        <message>
            <source>pg_dump was not found (install PostgreSQL's client programs)</source>
            <translation>未找到 pg_dump（请安装 PostgreSQL 客户端程序）</translation>
        </message>
        <message>
            <source>the backup failed: %1</source>
            <translation>备份失败：%1</translation>
        </message>
        <message>
            <source>the team workspace is not set up yet (run setup first)</source>
            <translation>团队工作区尚未设置（请先运行 setup）</translation>
        </message>
        <message>
            <source>your role in this team workspace does not allow this change (readers only read; editors change their own notes and figures); nothing was changed</source>
            <translation>您在此团队工作区中的角色不允许此修改（读者只能查看；编辑者只能修改自己的批注和数字）；未做任何更改</translation>
        </message>
        <message>
            <source>the team workspace's server cannot be reached (%1)</source>
            <translation>无法连接团队工作区的服务器（%1）</translation>
        </message>
        <message>
            <source>the tag was not stored</source>
            <translation>标签未保存</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) without their parent</source>
            <translation>
                <numerusform>%n 行缺少所属上级记录</numerusform>
            </translation>
        </message>
        <message>
            <source>the server refused the user name or password</source>
            <translation>服务器拒绝了用户名或密码</translation>
        </message>
        <message>
            <source>the server has no database %1</source>
            <translation>服务器上没有数据库 %1</translation>
        </message>
        <message>
            <source>the server offers no encrypted connection (TLS): ask IT to turn TLS on, or choose "no encryption" on a trusted network</source>
            <translation>服务器不提供加密连接（TLS）：请让信息部门开启 TLS，或在可信网络中选择“不加密”</translation>
        </message>
        <message>
            <source>the server does not let %1 into this team workspace</source>
            <translation>服务器不允许 %1 进入此团队工作区</translation>
        </message>
        <message>
            <source>cannot reach the team workspace's server at %1:%2 (%3)</source>
            <translation>无法连接位于 %1:%2 的团队工作区服务器（%3）</translation>
        </message>
        <message>
            <source>this PolicyLens has no PostgreSQL driver (Qt's QPSQL plugin and libpq)</source>
            <translation>此 PolicyLens 缺少 PostgreSQL 驱动（Qt 的 QPSQL 插件和 libpq）</translation>
        </message>
        <message>
            <source>this database is not a PolicyLens team workspace (IT sets one up with packaging/server/setup-team-workspace.sh)</source>
            <translation>此数据库不是 PolicyLens 团队工作区（信息部门可用 packaging/server/setup-team-workspace.sh 设置）</translation>
        </message>
        <message>
            <source>the team workspace has an older schema (%1); IT upgrades it with policylens-cli server upgrade (it makes a backup first)</source>
            <translation>团队工作区的结构版本较旧（%1）；信息部门可用 policylens-cli server upgrade 升级（会先备份）</translation>
        </message>
        <message>
            <source>cannot read your rights in this team workspace</source>
            <translation>无法读取您在此团队工作区中的权限</translation>
        </message>
        <message>
            <source>%1 has no rights in this team workspace (ask its owner)</source>
            <translation>%1 在此团队工作区中没有权限（请联系其负责人）</translation>
        </message>
        <message>
            <source>no item with id %1</source>
            <translation>没有编号为 %1 的条目</translation>
        </message>
        <message>
            <source>%1 removed it at %2; your change was not written</source>
            <translation>%1 已于 %2 将其删除；您的修改未写入</translation>
        </message>
        <message>
            <source>%1 changed it at %2 since you opened it; your change was not written and the item has been reloaded</source>
            <translation>您打开后 %1 于 %2 修改了它；您的修改未写入，该条目已重新载入</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>某人</translation>
        </message>
        <message>
            <source>this item is %1's; your role lets you change only your own (nothing was changed)</source>
            <translation>此条目属于 %1；您的角色只能修改自己的条目（未做任何更改）</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>其他人</translation>
        </message>
        <message>
            <source>the team workspace's server cannot be reached; this change was not saved</source>
            <translation>无法连接团队工作区的服务器；此修改未保存</translation>
        </message>
        <message>
            <source>the team workspace's server cannot be reached; your change is kept in the outbox and will be sent when the connection is back</source>
            <translation>无法连接团队工作区的服务器；您的修改已保存在待发送队列中，连接恢复后将自动发送</translation>
        </message>
        <message>
            <source>no rendition with id %1</source>
            <translation>没有编号为 %1 的文件版式</translation>
        </message>
        <message>
            <source>recovered documents: %1, figures: %2, annotations: %3, tags: %4, links: %5; rows that could not be read: %6</source>
            <translation>已恢复文档 %1 个、数据 %2 条、批注 %3 条、标签 %4 个、关联 %5 条；无法读取的记录 %6 条</translation>
        </message>
        <message>
            <source>; damaged: %1</source>
            <translation>；已损坏：%1</translation>
        </message>
        <message>
            <source>no such workspace</source>
            <translation>没有这个工作区</translation>
        </message>
        <message>
            <source>already exists; the recovered workspace needs a new file</source>
            <translation>已存在；恢复的工作区需要一个新文件</translation>
        </message>
        <message>
            <source>nothing can be recovered: the file's list of tables cannot be read</source>
            <translation>无法恢复：读不出文件中的表目录</translation>
        </message>
        <message>
            <source>recovery cancelled</source>
            <translation>恢复已取消</translation>
        </message>
        <message>
            <source>not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <source>the workspace is damaged (%1); recover what is readable with File &gt; Recover Workspace or policylens-cli recover</source>
            <translation>工作区已损坏（%1）；可用“文件 &gt; 恢复工作区”或 policylens-cli recover 恢复可读取的内容</translation>
        </message>
        <message>
            <source>the workspace is open for reading only</source>
            <translation>工作区以只读方式打开</translation>
        </message>
        <message>
            <source>the workspace file is read-only; it is open for reading only</source>
            <translation>工作区文件是只读的，已以只读方式打开</translation>
        </message>
        <message>
            <source>the folder %1 is read-only; the workspace is open for reading only</source>
            <translation>文件夹 %1 是只读的，工作区已以只读方式打开</translation>
        </message>
        <message>
            <source>the disk is full: no room for a new workspace in %1</source>
            <translation>磁盘已满：%1 中没有空间新建工作区</translation>
        </message>
        <message>
            <source>the disk is full; the workspace is open for reading only until space is freed</source>
            <translation>磁盘已满；在腾出空间之前，工作区以只读方式打开</translation>
        </message>
        <message>
            <source>the workspace is open in another PolicyLens</source>
            <translation>工作区已在另一个 PolicyLens 中打开</translation>
        </message>
        <message>
            <source>the folder %1 cannot be written</source>
            <translation>文件夹 %1 无法写入</translation>
        </message>
        <message>
            <source>the folder %1 cannot be written; the workspace is open for reading only</source>
            <translation>文件夹 %1 无法写入，工作区已以只读方式打开</translation>
        </message>
        <message>
            <source>cannot create the lock file %1 beside the workspace</source>
            <translation>无法在工作区旁创建锁文件 %1</translation>
        </message>
        <message>
            <source>not a PolicyLens workspace (unknown schema version %1; this version knows 0 to %2)</source>
            <translation>不是 PolicyLens 工作区（未知的结构版本 %1；本版本支持 0 到 %2）</translation>
        </message>
        <message>
            <source>an empty workspace that cannot be written (%1)</source>
            <translation>空的工作区无法写入（%1）</translation>
        </message>
        <message>
            <source>the workspace's tables do not match its schema version %1 (changed by another program?); it was left as it was</source>
            <translation>工作区的表与其结构版本 %1 不符（被其他程序改动过？）；文件未作任何改动</translation>
        </message>
        <message>
            <source>the workspace is damaged and made by an older PolicyLens; recover what is readable with File &gt; Recover Workspace or policylens-cli recover (%1)</source>
            <translation>工作区已损坏，且由旧版 PolicyLens 创建；可用“文件 &gt; 恢复工作区”或 policylens-cli recover 恢复可读取的内容（%1）</translation>
        </message>
        <message>
            <source>the workspace is damaged; it is open for reading only. Recover what is readable into a new workspace with File &gt; Recover Workspace or policylens-cli recover</source>
            <translation>工作区已损坏，已以只读方式打开。可用“文件 &gt; 恢复工作区”或 policylens-cli recover 把可读取的内容恢复到新工作区</translation>
        </message>
        <message>
            <source>made by an older PolicyLens and cannot be upgraded here (%1)</source>
            <translation>由旧版 PolicyLens 创建，此处无法升级（%1）</translation>
        </message>
    </context>
    <context>
        <name>plens::analysis::Cascade</name>
        <message>
            <source>The user rejected this region's target as a breakdown of the parent's.</source>
            <translation>用户已否定该地区目标是上级目标的分解。</translation>
        </message>
        <message>
            <source>%1 has documents in the workspace but no target for this indicator.</source>
            <translation>%1 在工作区中有文档，但没有该指标的目标。</translation>
        </message>
        <message>
            <source>In %1, which does not fit the parent's %2: neither added nor compared.</source>
            <translation>单位为%1，与上级的%2不符：不相加也不比较。</translation>
        </message>
        <message>
            <source>no unit</source>
            <translation>无单位</translation>
        </message>
        <message>
            <source>Due in %1, later than the parent's %2: not lined up with it.</source>
            <translation>%1年到期，晚于上级的%2年：不与之对比。</translation>
        </message>
        <message>
            <source>Due in %1, before the parent's %2: not lined up with it.</source>
            <translation>%1年到期，早于上级的%2年：不与之对比。</translation>
        </message>
        <message>
            <source>One of the two targets has no due year: not lined up.</source>
            <translation>两个目标之一没有到期年份：不作对比。</translation>
        </message>
        <message>
            <source>Added to the sum: a count or amount in the same unit, due the same year.</source>
            <translation>计入合计：同一单位的数量或金额，同年到期。</translation>
        </message>
        <message>
            <source>%1 is less demanding than the parent's %2 (a rate or share: compared, never added).</source>
            <translation>%1 低于上级目标 %2（比率或占比：逐一比较，不相加）。</translation>
        </message>
        <message>
            <source>%1 is at least as demanding as the parent's %2.</source>
            <translation>%1 不低于上级目标 %2。</translation>
        </message>
        <message>
            <source>The unit (%1) is neither a count nor a rate: listed, neither added nor compared.</source>
            <translation>单位（%1）既非计数也非比率：仅列出，不相加也不比较。</translation>
        </message>
        <message>
            <source>(A breakdown linked by the user.)</source>
            <translation>（用户关联的分解目标。）</translation>
        </message>
        <message>
            <source>%1 of %2 child targets add up to %3, %4 short of the parent's %5.</source>
            <translation>%2 个下级中 %1 个目标合计 %3，比上级目标 %5 少 %4。</translation>
        </message>
        <message>
            <source>%1 of %2 child targets add up to %3, %4 over the parent's limit of %5.</source>
            <translation>%2 个下级中 %1 个目标合计 %3，超出上级上限 %5 达 %4。</translation>
        </message>
        <message>
            <source>%1 of %2 child targets add up to %3, %4 more than the parent's %5.</source>
            <translation>%2 个下级中 %1 个目标合计 %3，比上级目标 %5 多 %4。</translation>
        </message>
        <message>
            <source>%1 of %2 child targets add up to the parent's %3.</source>
            <translation>%2 个下级中 %1 个目标合计等于上级目标 %3。</translation>
        </message>
        <message>
            <source>Rates and shares are compared, never added: %1 of %2 compared child targets are less demanding than the parent's %3.</source>
            <translation>比率和占比逐一比较、不相加：比较的 %2 个下级目标中有 %1 个低于上级目标 %3。</translation>
        </message>
        <message>
            <source>The unit (%1) is neither a count nor a rate: the children's targets are listed, neither added nor compared.</source>
            <translation>单位（%1）既非计数也非比率：下级目标仅列出，不相加也不比较。</translation>
        </message>
        <message>
            <source>No child target can be added to or compared with this one.</source>
            <translation>没有可与之相加或比较的下级目标。</translation>
        </message>
        <message>
            <source>The gazetteer cannot place '%1': listed, not guessed.</source>
            <translation>地名表无法定位“%1”：仅列出，不推测。</translation>
        </message>
        <message>
            <source>no region</source>
            <translation>无地区</translation>
        </message>
    </context>
    <context>
        <name>plens::analysis::Radar</name>
        <message>
            <source>an unknown date</source>
            <translation>未知日期</translation>
        </message>
        <message>
            <source>Due in %1 and nothing reported since the target was set (%2).</source>
            <translation>%1年到期，自目标设定（%2）以来无报告数值。</translation>
        </message>
        <message>
            <source>Due this year (%1) and nothing reported since the target was set (%2).</source>
            <translation>今年（%1年）到期，自目标设定（%2）以来无报告数值。</translation>
        </message>
        <message>
            <source>Due in %1; the latest value (%2, %3) does not meet it.</source>
            <translation>%1年到期；最新数值（%2，%3年）未达到。</translation>
        </message>
        <message numerus="yes">
            <source>The latest value speaks of %1, more than %n month(s) ago.</source>
            <translation>
                <numerusform>最新数值截至%1，已超过 %n 个月。</numerusform>
            </translation>
        </message>
        <message>
            <source>Projection, not data: a straight line through %1 (%2) and %3 (%4) reaches %5 in %6, short of %7.</source>
            <translation>推算而非数据：按 %1（%2年）与 %3（%4年）直线外推，%6年达到 %5，未达 %7。</translation>
        </message>
        <message>
            <source>Marked done by %1%2.</source>
            <translation>%1标记为已完成%2。</translation>
        </message>
        <message>
            <source>a user</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Marked '%1' by %2%3.</source>
            <translation>%2标记为“%1”%3。</translation>
        </message>
    </context>
    <context>
        <name>plens::analysis::Revisions</name>
        <message>
            <source>the older is the one dated earlier</source>
            <translation>日期较早者为旧版本</translation>
        </message>
        <message>
            <source>the draft (征求意见稿, 草案) comes before the final text</source>
            <translation>征求意见稿、草案早于正式文本</translation>
        </message>
        <message>
            <source>the revision (修订) comes after the plan it revises</source>
            <translation>修订版晚于被修订的规划</translation>
        </message>
        <message>
            <source>no date or mark tells them apart: the one stored first is older</source>
            <translation>日期和标记无法区分：先存入的为旧版本</translation>
        </message>
        <message>
            <source>titles %1% alike, texts %2% alike; %3</source>
            <translation>标题相似度 %1%，正文相似度 %2%；%3</translation>
        </message>
        <message>
            <source>chosen by the user</source>
            <translation>由用户选择</translation>
        </message>
        <message>
            <source>matched by indicator (%1) and region (%2)</source>
            <translation>按指标（%1）和地区（%2）匹配</translation>
        </message>
        <message>
            <source>matched by a similar metric (%1 / %2) and evidence in the same region</source>
            <translation>按相近指标（%1 / %2）和同一地区的原文匹配</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>value: %1</source>
            <translation>数值：%1</translation>
        </message>
        <message>
            <source>due: %1</source>
            <translation>到期：%1</translation>
        </message>
        <message>
            <source>comparator: %1</source>
            <translation>比较方式：%1</translation>
        </message>
        <message>
            <source>hedge: %1</source>
            <translation>限定语：%1</translation>
        </message>
        <message>
            <source>unit: %1</source>
            <translation>单位：%1</translation>
        </message>
        <message>
            <source>no target of the newer text has this indicator and region</source>
            <translation>新版本中没有该指标和地区的目标</translation>
        </message>
        <message>
            <source>dropped: %1</source>
            <translation>删除：%1</translation>
        </message>
        <message>
            <source>no target of the older text has this indicator and region</source>
            <translation>旧版本中没有该指标和地区的目标</translation>
        </message>
        <message>
            <source>added: %1</source>
            <translation>新增：%1</translation>
        </message>
    </context>
    <context>
        <name>plens::charts::ChartWindow</name>
        <message>
            <source>Indicator Chart</source>
            <translation>指标图表</translation>
        </message>
        <message>
            <source>Indicator:</source>
            <translation>指标：</translation>
        </message>
        <message>
            <source>%1 (%2 targets, %3 reported)</source>
            <translation>%1（%2 个目标，%3 个报告值）</translation>
        </message>
    </context>
    <context>
        <name>plens::charts::Dashboard</name>
        <message>
            <source>Indicator Dashboard</source>
            <translation>指标看板</translation>
        </message>
        <message>
            <source>Document:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>地区：</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>All documents</source>
            <translation>全部文件</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>全部地区</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>全部标签</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Double-click for the full chart</source>
            <translation>双击查看完整图表</translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n 个指标</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>plens::charts::IndicatorChartWidget</name>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>Copy the chart as a picture</source>
            <translation>将图表复制为图片</translation>
        </message>
        <message>
            <source>&amp;Export...</source>
            <translation>导出(&amp;E)...</translation>
        </message>
        <message>
            <source>Save the chart as PNG, SVG or PDF</source>
            <translation>将图表保存为 PNG、SVG 或 PDF</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>打印(&amp;P)...</translation>
        </message>
        <message>
            <source>Print the chart on A4 landscape, with a preview</source>
            <translation>在 A4 横向纸上打印图表（可预览）</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Latest reported</source>
            <translation>最新报告</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>完成率</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>判定依据</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <source>Set by %1 on %2: %3. Judged from the figures: %4 — %5</source>
            <translation>由 %1 于 %2 设定：%3。按数据判定：%4 — %5</translation>
        </message>
        <message>
            <source>a user</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>未说明理由</translation>
        </message>
        <message>
            <source>Export Chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF page (*.pdf)</source>
            <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 页面 (*.pdf)</translation>
        </message>
        <message>
            <source>Print Preview: %1</source>
            <translation>打印预览：%1</translation>
        </message>
    </context>
    <context>
        <name>plens::cli</name>
        <message>
            <source>Try 'policylens-cli --help' for more information.</source>
            <translation>运行“policylens-cli --help”查看更多信息。</translation>
        </message>
        <message>
            <source>Usage: policylens-cli COMMAND [OPTIONS] [FILE...]</source>
            <translation>用法：policylens-cli 命令 [选项] [文件...]</translation>
        </message>
        <message>
            <source>Reads Chinese policy documents and their quantified commitments.</source>
            <translation>读取中文政策文件及其中的量化目标任务。</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>选项：</translation>
        </message>
        <message>
            <source>show this help and exit</source>
            <translation>显示本帮助并退出</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>显示版本号并退出</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>命令：</translation>
        </message>
        <message>
            <source>missing command</source>
            <translation>缺少命令</translation>
        </message>
        <message>
            <source>unknown command or option '%1'</source>
            <translation>未知的命令或选项“%1”</translation>
        </message>
        <message>
            <source>password of an encrypted PDF</source>
            <translation>加密 PDF 的密码</translation>
        </message>
        <message>
            <source>output format: json or text</source>
            <translation>输出格式：json 或 text</translation>
        </message>
        <message>
            <source>the document</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>info takes exactly one FILE</source>
            <translation>info 只接受一个 FILE</translation>
        </message>
        <message>
            <source>unknown format '%1' (use json or text)</source>
            <translation>未知格式“%1”（请使用 json 或 text）</translation>
        </message>
        <message>
            <source>text takes exactly one FILE</source>
            <translation>text 只接受一个 FILE</translation>
        </message>
        <message>
            <source>print the display text of a document (txt, html, pdf, docx)</source>
            <translation>打印文档的显示文本（txt、html、pdf、docx）</translation>
        </message>
        <message>
            <source>print the metadata of a document</source>
            <translation>打印文档的元数据</translation>
        </message>
        <message>
            <source>the workspace file (.plens)</source>
            <translation>工作区文件（.plens）</translation>
        </message>
        <message>
            <source>output format</source>
            <translation>输出格式</translation>
        </message>
        <message>
            <source>%1 needs --workspace FILE</source>
            <translation>%1 需要 --workspace FILE</translation>
        </message>
        <message>
            <source>unknown format '%1' (use %2)</source>
            <translation>未知格式“%1”（请使用 %2）</translation>
        </message>
        <message>
            <source>%1 takes no files</source>
            <translation>%1 不接受文件参数</translation>
        </message>
        <message>
            <source>%1 needs at least one FILE</source>
            <translation>%1 至少需要一个 FILE</translation>
        </message>
        <message>
            <source>no such workspace</source>
            <translation>没有这个工作区</translation>
        </message>
        <message numerus="yes">
            <source>%n figure(s)</source>
            <translation>
                <numerusform>%n 个数值</numerusform>
            </translation>
        </message>
        <message>
            <source>list the documents of a workspace</source>
            <translation>列出工作区中的文件</translation>
        </message>
        <message>
            <source>print every stored figure in the extraction record format</source>
            <translation>以提取记录格式输出所有已保存的数值</translation>
        </message>
        <message>
            <source>output format: jsonl or csv</source>
            <translation>输出格式：jsonl 或 csv</translation>
        </message>
        <message>
            <source>the document date for relative times (YYYY-MM-DD), when its metadata has none</source>
            <translation>文件日期（YYYY-MM-DD），用于解析“今年”等相对时间（当元数据中没有日期时）</translation>
        </message>
        <message>
            <source>extract needs at least one FILE</source>
            <translation>extract 至少需要一个 FILE</translation>
        </message>
        <message>
            <source>unknown format '%1' (use jsonl or csv)</source>
            <translation>未知格式“%1”（请使用 jsonl 或 csv）</translation>
        </message>
        <message>
            <source>--date needs YYYY-MM-DD, not '%1'</source>
            <translation>--date 需要 YYYY-MM-DD 格式，而不是“%1”</translation>
        </message>
        <message>
            <source>print the targets and reported figures of documents, one record a line</source>
            <translation>输出文件中的目标和报告数值，每行一条记录</translation>
        </message>
        <message numerus="yes">
            <source>added as document %1 with %n figure(s)</source>
            <translation>
                <numerusform>已添加为文件 %1，含 %n 个数值</numerusform>
            </translation>
        </message>
        <message>
            <source>already in the workspace as document %1, nothing added</source>
            <translation>已在工作区中（文件 %1），未添加</translation>
        </message>
        <message>
            <source>a revision of document %1: %2 annotation(s) found again, %3 not found (kept, marked)</source>
            <translation>文件 %1 的修订版：%2 条批注已重新定位，%3 条未找到（已保留并标记）</translation>
        </message>
        <message>
            <source>import documents into a workspace (created if needed), with their figures</source>
            <translation>将文件及其数值导入工作区（必要时新建工作区）</translation>
        </message>
        <message>
            <source>output format: jsonl</source>
            <translation>输出格式：jsonl</translation>
        </message>
        <message>
            <source>unknown format '%1' (use jsonl)</source>
            <translation>未知格式“%1”（请使用 jsonl）</translation>
        </message>
        <message>
            <source>links needs at least one FILE</source>
            <translation>links 至少需要一个 FILE</translation>
        </message>
        <message numerus="yes">
            <source>%n link(s) suggested</source>
            <translation>
                <numerusform>建议了 %n 个关联</numerusform>
            </translation>
        </message>
        <message>
            <source>suggest links from targets to the figures reported against them</source>
            <translation>为目标建议与其报告数值的关联</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>要写入的文件</translation>
        </message>
        <message>
            <source>only items with this tag (repeatable)</source>
            <translation>仅包含带此标签的条目（可重复）</translation>
        </message>
        <message>
            <source>only figures of this kind: target, reported, forecast, parameter</source>
            <translation>仅包含此类型的数据：target、reported、forecast、parameter</translation>
        </message>
        <message>
            <source>only figures with this status: none, not_started, in_progress, done, at_risk, missed</source>
            <translation>仅包含此状态的数据：none、not_started、in_progress、done、at_risk、missed</translation>
        </message>
        <message>
            <source>only annotations by this author (repeatable)</source>
            <translation>仅包含此作者的批注（可重复）</translation>
        </message>
        <message>
            <source>no tag named '%1' in the workspace (tags: %2)</source>
            <translation>工作区中没有名为“%1”的标签（现有标签：%2）</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>unknown kind '%1' (use target, reported, forecast or parameter)</source>
            <translation>未知类型“%1”（可用 target、reported、forecast 或 parameter）</translation>
        </message>
        <message>
            <source>unknown status '%1' (use none, not_started, in_progress, done, at_risk or missed)</source>
            <translation>未知状态“%1”（可用 none、not_started、in_progress、done、at_risk 或 missed）</translation>
        </message>
        <message>
            <source>the document: its id or its file name</source>
            <translation>文档：编号或文件名</translation>
        </message>
        <message>
            <source>paint the highlights into the pages (for printing)</source>
            <translation>将高亮绘入页面（用于打印）</translation>
        </message>
        <message>
            <source>colour highlights by their first tag</source>
            <translation>按第一个标签为高亮着色</translation>
        </message>
        <message>
            <source>the password of an encrypted PDF</source>
            <translation>加密 PDF 的密码</translation>
        </message>
        <message>
            <source>export-pdf needs --workspace FILE, --document ID|FILE and --out FILE.pdf</source>
            <translation>export-pdf 需要 --workspace 文件、--document 编号|文件 和 --out 文件.pdf</translation>
        </message>
        <message>
            <source>no document '%1' in the workspace (see 'list')</source>
            <translation>工作区中没有文档“%1”（参见 list 命令）</translation>
        </message>
        <message>
            <source>%1 documents are named '%2'; give the id (see 'list')</source>
            <translation>有 %1 个文档名为“%2”；请指定编号（参见 list 命令）</translation>
        </message>
        <message numerus="yes">
            <source>%n highlight(s)</source>
            <translation>
                <numerusform>%n 处高亮</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n 页</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n passage(s) not found in the text, left out</source>
            <translation>
                <numerusform>%n 处段落在文本中未找到，已略去</numerusform>
            </translation>
        </message>
        <message>
            <source>the title on the cover</source>
            <translation>封面标题</translation>
        </message>
        <message>
            <source>the date on the cover (default: today)</source>
            <translation>封面日期（默认为今天）</translation>
        </message>
        <message>
            <source>pack needs --workspace FILE and --out FILE.pdf</source>
            <translation>pack 需要 --workspace 文件 和 --out 文件.pdf</translation>
        </message>
        <message>
            <source>'%1' is not a date (use YYYY-MM-DD)</source>
            <translation>“%1”不是日期（格式为 YYYY-MM-DD）</translation>
        </message>
        <message>
            <source>Targets and progress</source>
            <translation>目标与进展</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n 个目标</numerusform>
            </translation>
        </message>
        <message>
            <source>for CSV, the table: commitments, reported, links or annotations</source>
            <translation>CSV 导出的表格：commitments、reported、links 或 annotations</translation>
        </message>
        <message>
            <source>export-table needs --workspace FILE and --out FILE.xlsx|FILE.csv</source>
            <translation>export-table 需要 --workspace 文件 和 --out 文件.xlsx|文件.csv</translation>
        </message>
        <message>
            <source>the output must end in .xlsx or .csv</source>
            <translation>输出文件须以 .xlsx 或 .csv 结尾</translation>
        </message>
        <message>
            <source>unknown table '%1' (use %2)</source>
            <translation>未知表格“%1”（可用 %2）</translation>
        </message>
        <message>
            <source>%1 commitments, %2 reported values, %3 links, %4 annotations</source>
            <translation>%1 项目标任务，%2 项报告数值，%3 项关联，%4 条批注</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n 行</numerusform>
            </translation>
        </message>
        <message>
            <source>write a document as a PDF with its highlights and notes (PDF sources keep their pages)</source>
            <translation>将文档连同高亮和批注导出为 PDF（PDF 原件保留原页面）</translation>
        </message>
        <message>
            <source>write a meeting pack: cover, indicator charts, targets with latest values, source quotes</source>
            <translation>生成会议材料：封面、指标图表、目标及最新数值、原文摘录</translation>
        </message>
        <message>
            <source>write commitments, reported values, links and annotations as XLSX or CSV</source>
            <translation>将目标任务、报告数值、关联和批注导出为 XLSX 或 CSV</translation>
        </message>
        <message>
            <source>the indicator to chart (its name or one of its aliases)</source>
            <translation>要绘制的指标（名称或别名）</translation>
        </message>
        <message>
            <source>the file to write: .png, .svg or .pdf</source>
            <translation>要写入的文件：.png、.svg 或 .pdf</translation>
        </message>
        <message>
            <source>chart over time or by region</source>
            <translation>按时间或按地区绘制</translation>
        </message>
        <message>
            <source>the date progress is judged on and printed (default: today)</source>
            <translation>判定进度并印在页脚的日期（默认：今天）</translation>
        </message>
        <message>
            <source>list the indicators instead</source>
            <translation>改为列出指标</translation>
        </message>
        <message>
            <source>chart needs --workspace FILE</source>
            <translation>chart 需要 --workspace FILE</translation>
        </message>
        <message>
            <source>chart needs --indicator NAME and --out FILE.png|FILE.svg|FILE.pdf (or --list)</source>
            <translation>chart 需要 --indicator NAME 和 --out FILE.png|FILE.svg|FILE.pdf（或 --list）</translation>
        </message>
        <message>
            <source>--by takes 'time' or 'region', not '%1'</source>
            <translation>--by 只接受“time”或“region”，不接受“%1”</translation>
        </message>
        <message>
            <source>the output must end in .png, .svg or .pdf</source>
            <translation>输出文件须以 .png、.svg 或 .pdf 结尾</translation>
        </message>
        <message>
            <source>%1 target(s), %2 reported value(s)</source>
            <translation>%1 个目标，%2 个报告值</translation>
        </message>
        <message>
            <source>no indicator named '%1' has figures (see 'chart --list')</source>
            <translation>没有名为“%1”且有数字的指标（见“chart --list”）</translation>
        </message>
        <message>
            <source>draw an indicator's targets beside its reported values (PDF: an A4 page for printing)</source>
            <translation>绘制指标的目标与报告值对比图（PDF：可打印的 A4 页面）</translation>
        </message>
        <message>
            <source>only this indicator (its name or one of its aliases)</source>
            <translation>仅此指标（名称或别名）</translation>
        </message>
        <message>
            <source>no indicator named '%1' (see 'chart --list')</source>
            <translation>没有名为“%1”的指标（见 chart --list）</translation>
        </message>
        <message>
            <source>a latest value older than this many months is stale (default: 12)</source>
            <translation>最新数值超过此月数即为过时（默认 12）</translation>
        </message>
        <message>
            <source>only targets that need attention</source>
            <translation>仅输出需关注的目标</translation>
        </message>
        <message>
            <source>--max-age takes a number of months, not '%1'</source>
            <translation>--max-age 需要月数，而不是“%1”</translation>
        </message>
        <message>
            <source>the older version's document id</source>
            <translation>较旧版本的文档编号</translation>
        </message>
        <message>
            <source>the newer version's document id</source>
            <translation>较新版本的文档编号</translation>
        </message>
        <message>
            <source>list the pairs of documents that look like versions of one plan</source>
            <translation>列出看似同一规划不同版本的文档对</translation>
        </message>
        <message>
            <source>diff needs --old ID and --new ID (or --detect)</source>
            <translation>diff 需要 --old ID 和 --new ID（或 --detect）</translation>
        </message>
        <message>
            <source>--old and --new take two different document ids (see 'list')</source>
            <translation>--old 和 --new 需要两个不同的文档编号（见 list）</translation>
        </message>
        <message>
            <source>%1 change(s), %2 target(s) unchanged</source>
            <translation>%1 处变化，%2 个目标未变</translation>
        </message>
        <message>
            <source>line up a region's targets with those of the regions inside it (sums, rates, due years, gaps)</source>
            <translation>将地区目标与下辖地区目标对照（合计、比率、到期年份、缺口）</translation>
        </message>
        <message>
            <source>list targets by urgency: overdue with nothing reported, stale values, projected shortfalls</source>
            <translation>按紧迫程度列出目标：逾期无报告、数值过时、推算不达标</translation>
        </message>
        <message>
            <source>compare the targets of two versions of a plan: values, due years, comparators, hedges, added and dropped</source>
            <translation>比较同一规划两个版本的目标：数值、到期年份、比较方式、限定语、新增和删除</translation>
        </message>
        <message>
            <source>the date to judge on (default: today)</source>
            <translation>判断所依据的日期（默认今天）</translation>
        </message>
        <message>
            <source>the workspace: a .plens file or postgresql://user@host/database</source>
            <translation>工作区：.plens 文件或 postgresql://用户@主机/数据库</translation>
        </message>
        <message>
            <source>the workspace file (.plens) to publish</source>
            <translation>要发布的工作区文件（.plens）</translation>
        </message>
        <message>
            <source>the team workspace (postgresql://user@host/database)</source>
            <translation>团队工作区（postgresql://用户@主机/数据库）</translation>
        </message>
        <message>
            <source>publish needs --workspace FILE.plens and --to postgresql://user@host/database</source>
            <translation>publish 需要 --workspace FILE.plens 和 --to postgresql://用户@主机/数据库</translation>
        </message>
        <message>
            <source>--to must be a team workspace's address (postgresql://user@host/database)</source>
            <translation>--to 必须是团队工作区地址（postgresql://用户@主机/数据库）</translation>
        </message>
        <message>
            <source>published %1 document(s) to %2</source>
            <translation>已将 %1 份文档发布到 %2</translation>
        </message>
        <message>
            <source>the new workspace file (.plens)</source>
            <translation>新的工作区文件（.plens）</translation>
        </message>
        <message>
            <source>only this document (repeatable)</source>
            <translation>仅此文档（可重复）</translation>
        </message>
        <message>
            <source>export-workspace needs --workspace postgresql://user@host/database and --out FILE.plens</source>
            <translation>export-workspace 需要 --workspace postgresql://用户@主机/数据库 和 --out FILE.plens</translation>
        </message>
        <message>
            <source>--document takes a document id (see policylens-cli list)</source>
            <translation>--document 需要文档编号（见 policylens-cli list）</translation>
        </message>
        <message>
            <source>exists already (export-workspace writes a new file)</source>
            <translation>已存在（export-workspace 只写入新文件）</translation>
        </message>
        <message>
            <source>exported %1 document(s) to %2</source>
            <translation>已将 %1 份文档导出到 %2</translation>
        </message>
        <message>
            <source>the team workspace, as its administrator (postgresql://admin@host/database)</source>
            <translation>团队工作区，以管理员身份（postgresql://管理员@主机/数据库）</translation>
        </message>
        <message>
            <source>upgrade: the backup written first (pg_dump)</source>
            <translation>upgrade：先写入的备份（pg_dump）</translation>
        </message>
        <message>
            <source>backup: the file to write (pg_dump)</source>
            <translation>backup：要写入的文件（pg_dump）</translation>
        </message>
        <message>
            <source>setup: the names of the roles (default: the database's name)</source>
            <translation>setup：角色名称前缀（默认：数据库名）</translation>
        </message>
        <message>
            <source>grant: the officer's login</source>
            <translation>grant：工作人员的登录名</translation>
        </message>
        <message>
            <source>grant: reader, editor or owner</source>
            <translation>grant：reader（读者）、editor（编辑者）或 owner（负责人）</translation>
        </message>
        <message>
            <source>grant: the environment variable holding a new login's password</source>
            <translation>grant：存放新登录名密码的环境变量</translation>
        </message>
        <message>
            <source>server needs one of setup, upgrade, version, grant, backup and --workspace URL</source>
            <translation>server 需要 setup、upgrade、version、grant、backup 之一以及 --workspace URL</translation>
        </message>
        <message>
            <source>the team workspace has schema %1: upgrading it needs --backup FILE (written with pg_dump first)</source>
            <translation>团队工作区的结构版本为 %1：升级需要 --backup FILE（先用 pg_dump 写入）</translation>
        </message>
        <message>
            <source>backup written to %1</source>
            <translation>备份已写入 %1</translation>
        </message>
        <message>
            <source>team workspace %1 is at schema %2</source>
            <translation>团队工作区 %1 的结构版本为 %2</translation>
        </message>
        <message>
            <source>server backup needs --out FILE</source>
            <translation>server backup 需要 --out FILE</translation>
        </message>
        <message>
            <source>server grant needs --user NAME and --role reader|editor|owner</source>
            <translation>server grant 需要 --user NAME 和 --role reader|editor|owner</translation>
        </message>
        <message>
            <source>%1 is now %2 of %3</source>
            <translation>%1 现在是 %3 的 %2</translation>
        </message>
        <message>
            <source>unknown server command '%1' (setup, upgrade, version, grant, backup)</source>
            <translation>未知的 server 命令“%1”（setup、upgrade、version、grant、backup）</translation>
        </message>
        <message>
            <source>copy a workspace file into an empty team workspace (everything, with who and when)</source>
            <translation>将工作区文件复制到空的团队工作区（全部内容，含修改人和时间）</translation>
        </message>
        <message>
            <source>copy a team workspace (or some of its documents) into a new workspace file</source>
            <translation>将团队工作区（或其中部分文档）复制到新的工作区文件</translation>
        </message>
        <message>
            <source>set up, upgrade and back up a team workspace, and give officers their roles (for IT)</source>
            <translation>设置、升级和备份团队工作区，并为工作人员分配角色（供信息部门使用）</translation>
        </message>
        <message>
            <source>%1: recognising text on page %2 of %3 (%4%)</source>
            <translation>%1：正在识别第%2页文字，共%3页（%4%）</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>警告：%1</translation>
        </message>
        <message>
            <source>paths takes no files</source>
            <translation>paths 不接受文件参数</translation>
        </message>
        <message>
            <source>executable</source>
            <translation>程序</translation>
        </message>
        <message>
            <source>not beside the executable (the system's)</source>
            <translation>不在程序旁（使用系统自带的）</translation>
        </message>
        <message>
            <source>the page to draw (from 1)</source>
            <translation>要绘制的页（从 1 开始）</translation>
        </message>
        <message>
            <source>the PNG file to write</source>
            <translation>要写入的 PNG 文件</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>分辨率</translation>
        </message>
        <message>
            <source>render takes exactly one FILE</source>
            <translation>render 只接受一个 FILE</translation>
        </message>
        <message>
            <source>render needs --out PAGE.png</source>
            <translation>render 需要 --out PAGE.png</translation>
        </message>
        <message>
            <source>--page needs a page number from 1</source>
            <translation>--page 需要从 1 开始的页码</translation>
        </message>
        <message>
            <source>--dpi needs a resolution from 10 to 1200</source>
            <translation>--dpi 需要 10 到 1200 之间的分辨率</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>无法读取文件：%1</translation>
        </message>
        <message>
            <source>not a PDF file (render draws PDF pages)</source>
            <translation>不是 PDF 文件（render 只绘制 PDF 页面）</translation>
        </message>
        <message>
            <source>there is no page %1 (the PDF has %2)</source>
            <translation>没有第 %1 页（该 PDF 共 %2 页）</translation>
        </message>
        <message>
            <source>page %1 cannot be drawn</source>
            <translation>第 %1 页无法绘制</translation>
        </message>
        <message>
            <source>cannot write the image: %1</source>
            <translation>无法写入图像：%1</translation>
        </message>
        <message>
            <source>page %1 of %2, %3 × %4 px, ink %5%</source>
            <translation>第 %1 页（共 %2 页），%3 × %4 像素，着墨 %5%</translation>
        </message>
        <message>
            <source>password of the encrypted PDFs among the files</source>
            <translation>所导入的加密 PDF 的密码</translation>
        </message>
        <message>
            <source>the new workspace file</source>
            <translation>新的工作区文件</translation>
        </message>
        <message>
            <source>recover needs --out NEW.plens</source>
            <translation>recover 需要 --out NEW.plens</translation>
        </message>
        <message>
            <source>the same text as document %1, whose PDF it now is (shown and exported; the other formats kept beside it)</source>
            <translation>与文档 %1 内容相同，现作为其 PDF 版式（用于阅读和导出；其他格式一并保留）</translation>
        </message>
        <message>
            <source>the same text as document %1, kept as its %2 rendition</source>
            <translation>与文档 %1 内容相同，作为其 %2 版式保留</translation>
        </message>
        <message numerus="yes">
            <source>a new version of document %1 with other figures, added as document %2 with %n figure(s)</source>
            <translation>
                <numerusform>文档 %1 的新版本（数据有变化），已添加为文档 %2，含 %n 条数据</numerusform>
            </translation>
        </message>
        <message>
            <source>draw a page of a PDF as a PNG image and say how much of it is ink</source>
            <translation>把 PDF 的一页绘制成 PNG 图像，并给出着墨比例</translation>
        </message>
        <message>
            <source>copy what is readable of a damaged workspace into a new one (the damaged file is only read)</source>
            <translation>把损坏工作区中可读取的内容复制到新工作区（只读取损坏的文件）</translation>
        </message>
        <message>
            <source>show where this installation finds its executable and its data</source>
            <translation>显示本安装的程序及数据所在位置</translation>
        </message>
        <message>
            <source>highlight the extracted figures too (the default)</source>
            <translation>同时高亮提取的数值（默认）</translation>
        </message>
        <message>
            <source>only the annotations, not the extracted figures</source>
            <translation>只导出批注，不含提取的数值</translation>
        </message>
    </context>
    <context>
        <name>plens::commands</name>
        <message>
            <source>Highlight</source>
            <translation>高亮</translation>
        </message>
        <message>
            <source>Delete annotation</source>
            <translation>删除批注</translation>
        </message>
        <message>
            <source>Correct figure</source>
            <translation>更正数值</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>设置状态</translation>
        </message>
        <message>
            <source>Confirm figure</source>
            <translation>确认数值</translation>
        </message>
        <message>
            <source>Delete figure</source>
            <translation>删除数值</translation>
        </message>
        <message>
            <source>Tag figure</source>
            <translation>为数值加标签</translation>
        </message>
        <message>
            <source>New tag</source>
            <translation>新建标签</translation>
        </message>
        <message>
            <source>Delete tag</source>
            <translation>删除标签</translation>
        </message>
        <message>
            <source>Merge tags</source>
            <translation>合并标签</translation>
        </message>
        <message>
            <source>Link figures</source>
            <translation>关联数值</translation>
        </message>
        <message>
            <source>Reject link</source>
            <translation>拒绝关联</translation>
        </message>
        <message>
            <source>Accept link</source>
            <translation>接受关联</translation>
        </message>
        <message>
            <source>Remove link</source>
            <translation>移除关联</translation>
        </message>
        <message>
            <source>Correct document details</source>
            <translation>修正文件信息</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>移除文件</translation>
        </message>
        <message>
            <source>%1 changed this at %2; undo would overwrite their work and was refused</source>
            <translation>%1 于 %2 修改了此条目；撤销会覆盖其修改，已拒绝</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>其他人</translation>
        </message>
        <message>
            <source>the tag was removed</source>
            <translation>该标签已被删除</translation>
        </message>
        <message>
            <source>the link was removed</source>
            <translation>该关联已被删除</translation>
        </message>
        <message>
            <source>%1 were changed by someone else since; undo would overwrite their work and was refused</source>
            <translation>%1已被他人修改；撤销会覆盖其修改，已拒绝</translation>
        </message>
        <message>
            <source>The tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>The indicators</source>
            <translation>指标</translation>
        </message>
    </context>
    <context>
        <name>plens::export</name>
        <message>
            <source>the original file is not in the workspace; import it again to export it</source>
            <translation>工作区中没有原始文件；请重新导入后再导出</translation>
        </message>
        <message>
            <source>the stored original is not a readable PDF</source>
            <translation>保存的原始文件不是可读取的 PDF</translation>
        </message>
        <message>
            <source>the PDF is encrypted; give its password to export it</source>
            <translation>PDF 已加密；请提供密码后再导出</translation>
        </message>
        <message>
            <source>the password does not open the PDF</source>
            <translation>密码无法打开该 PDF</translation>
        </message>
        <message>
            <source>the PDF has no pages</source>
            <translation>PDF 没有页面</translation>
        </message>
        <message>
            <source>not a PDF document; it is exported as typeset text</source>
            <translation>不是 PDF 文档；将按排版文本导出</translation>
        </message>
        <message>
            <source>the document has no character positions; import it again to export it</source>
            <translation>文档没有字符位置信息；请重新导入后再导出</translation>
        </message>
        <message>
            <source>export cancelled</source>
            <translation>导出已取消</translation>
        </message>
        <message>
            <source>page %1 cannot be read</source>
            <translation>无法读取第 %1 页</translation>
        </message>
        <message>
            <source>the PDF cannot be written</source>
            <translation>无法写入 PDF</translation>
        </message>
        <message>
            <source>page %1 cannot be rendered</source>
            <translation>无法渲染第 %1 页</translation>
        </message>
        <message>
            <source>the annotated PDF cannot be written (Poppler error %1)</source>
            <translation>无法写入带批注的 PDF（Poppler 错误 %1）</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>标签：%1</translation>
        </message>
        <message>
            <source>Kinds: %1</source>
            <translation>类型：%1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <source>Authors: %1</source>
            <translation>作者：%1</translation>
        </message>
        <message>
            <source>the document has no text to export</source>
            <translation>文档没有可导出的文本</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>批注</translation>
        </message>
        <message>
            <source>not an OFD document</source>
            <translation>不是 OFD 文档</translation>
        </message>
    </context>
    <context>
        <name>plens::import</name>
        <message>
            <source>the Word document is truncated or damaged (not a valid ZIP archive)</source>
            <translation>Word 文档不完整或已损坏（不是有效的 ZIP 压缩包）</translation>
        </message>
        <message>
            <source>a ZIP archive that is not a Word document (no word/document.xml)</source>
            <translation>是 ZIP 压缩包，但不是 Word 文档（没有 word/document.xml）</translation>
        </message>
        <message>
            <source>the Word document is damaged (%1)</source>
            <translation>Word 文档已损坏（%1）</translation>
        </message>
        <message>
            <source>the Word document contains no text</source>
            <translation>Word 文档中没有文字</translation>
        </message>
        <message>
            <source>not a web page (binary data)</source>
            <translation>不是网页（二进制数据）</translation>
        </message>
        <message>
            <source>the web page contains no text</source>
            <translation>网页中没有文字</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <source>the file is too large (%1 MB; the limit is %2 MB)</source>
            <translation>文件过大（%1 MB；上限为 %2 MB）</translation>
        </message>
        <message>
            <source>not a PDF file, although its name ends in .pdf</source>
            <translation>不是 PDF 文件，尽管文件名以 .pdf 结尾</translation>
        </message>
        <message>
            <source>not a Word (.docx) document, although its name ends in .docx</source>
            <translation>不是 Word（.docx）文档，尽管文件名以 .docx 结尾</translation>
        </message>
        <message>
            <source>the document contains no text</source>
            <translation>文档中没有文字</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>是文件夹，不是文件</translation>
        </message>
        <message>
            <source>cannot open the file: %1</source>
            <translation>无法打开文件：%1</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>无法读取文件：%1</translation>
        </message>
        <message>
            <source>the PDF file is truncated or damaged (no end-of-file marker)</source>
            <translation>PDF 文件不完整或已损坏（缺少文件结束标记）</translation>
        </message>
        <message>
            <source>the PDF file is damaged and cannot be read</source>
            <translation>PDF 文件已损坏，无法读取</translation>
        </message>
        <message>
            <source>the PDF is encrypted; a password is needed to open it</source>
            <translation>PDF 已加密，需要密码才能打开</translation>
        </message>
        <message>
            <source>the password is not correct for this PDF</source>
            <translation>该 PDF 的密码不正确</translation>
        </message>
        <message>
            <source>the PDF has no pages</source>
            <translation>PDF 没有页面</translation>
        </message>
        <message>
            <source>not a text document (binary data)</source>
            <translation>不是文本文档（二进制数据）</translation>
        </message>
        <message>
            <source>the file contains no text</source>
            <translation>文件中没有文字</translation>
        </message>
        <message>
            <source>the import was cancelled</source>
            <translation>导入已取消</translation>
        </message>
        <message>
            <source>the PDF contains no text</source>
            <translation>PDF 中没有文字</translation>
        </message>
        <message>
            <source>the PDF contains no text: %1</source>
            <translation>PDF 中没有文字：%1</translation>
        </message>
        <message>
            <source>this build cannot recognise text</source>
            <translation>此版本不支持文字识别</translation>
        </message>
        <message>
            <source>page %1 has no text layer (%2)</source>
            <translation>第%1页没有文字层（%2）</translation>
        </message>
        <message>
            <source>page %1: a picture covering a large part of the page was not read (%2)</source>
            <translation>第%1页：占页面大部分的图片未能识别（%2）</translation>
        </message>
        <message>
            <source>page %1: text recognition failed (%2)</source>
            <translation>第%1页：文字识别失败（%2）</translation>
        </message>
        <message>
            <source>page %1 has no text layer and no text was recognised on it</source>
            <translation>第%1页没有文字层，也未识别出文字</translation>
        </message>
        <message>
            <source>a spreadsheet (.xls or .et); save it as PDF to import it</source>
            <translation>这是电子表格（.xls 或 .et）；请另存为 PDF 后再导入</translation>
        </message>
        <message>
            <source>a presentation (.ppt or .dps); save it as PDF to import it</source>
            <translation>这是演示文稿（.ppt 或 .dps）；请另存为 PDF 后再导入</translation>
        </message>
        <message>
            <source>an old binary Office file that is not a Word (.doc) or WPS document, or a damaged one</source>
            <translation>这是旧版二进制 Office 文件，但不是 Word（.doc）或 WPS 文档，或者已损坏</translation>
        </message>
        <message>
            <source>its text part nests elements more than %1 levels deep</source>
            <translation>其正文部分的元素嵌套超过 %1 层</translation>
        </message>
        <message>
            <source>its text part ends early</source>
            <translation>其正文部分不完整</translation>
        </message>
        <message>
            <source>its text part is not valid XML at line %1, column %2</source>
            <translation>其正文部分在第 %1 行第 %2 列处不是有效的 XML</translation>
        </message>
        <message>
            <source>the Word document unpacks to more than %1 MB, the limit</source>
            <translation>该 Word 文档解压后超过上限 %1 MB</translation>
        </message>
        <message>
            <source>reading it took longer than %1 s, the limit for one file</source>
            <translation>读取时间超过单个文件的上限 %1 秒</translation>
        </message>
        <message>
            <source>not an OFD document, although its name ends in .ofd</source>
            <translation>文件名以 .ofd 结尾，但不是 OFD 文档</translation>
        </message>
        <message>
            <source>the OFD contains no text (scanned pages without a text layer)</source>
            <translation>该 OFD 文件不含文字（扫描页面，没有文字层）</translation>
        </message>
        <message>
            <source>a document type declaration is not allowed in OFD parts</source>
            <translation>OFD 部件中不允许出现文档类型声明（DOCTYPE）</translation>
        </message>
        <message>
            <source>an undeclared entity &amp;%1;</source>
            <translation>未声明的实体 &amp;%1;</translation>
        </message>
        <message>
            <source>too many elements</source>
            <translation>元素过多</translation>
        </message>
        <message>
            <source>elements nested too deeply</source>
            <translation>元素嵌套过深</translation>
        </message>
        <message>
            <source>more than one root element</source>
            <translation>存在多个根元素</translation>
        </message>
        <message>
            <source>%1 (line %2)</source>
            <translation>%1（第 %2 行）</translation>
        </message>
        <message>
            <source>no root element</source>
            <translation>没有根元素</translation>
        </message>
        <message>
            <source>the OFD is missing a part: %1</source>
            <translation>OFD 文件缺少部件：%1</translation>
        </message>
        <message>
            <source>the OFD's part %1 is too large to unpack</source>
            <translation>OFD 部件 %1 过大，无法解压</translation>
        </message>
        <message>
            <source>the OFD is encrypted; encrypted OFD files are not supported</source>
            <translation>该 OFD 文件已加密；不支持加密的 OFD 文件</translation>
        </message>
        <message>
            <source>the OFD is damaged: its part %1 cannot be unpacked</source>
            <translation>OFD 文件已损坏：部件 %1 无法解压</translation>
        </message>
        <message>
            <source>the OFD file is truncated or damaged (not a valid ZIP archive)</source>
            <translation>OFD 文件不完整或已损坏（不是有效的 ZIP 压缩包）</translation>
        </message>
        <message>
            <source>the OFD file is damaged (its ZIP directory does not match its contents)</source>
            <translation>OFD 文件已损坏（ZIP 目录与内容不符）</translation>
        </message>
        <message>
            <source>the OFD is damaged: %1 is not valid XML (%2)</source>
            <translation>OFD 文件已损坏：%1 不是有效的 XML（%2）</translation>
        </message>
        <message>
            <source>the OFD is damaged: OFD.xml is not an OFD entry file</source>
            <translation>OFD 文件已损坏：OFD.xml 不是 OFD 入口文件</translation>
        </message>
        <message>
            <source>the OFD is damaged: OFD.xml names no document (DocBody)</source>
            <translation>OFD 文件已损坏：OFD.xml 中没有文档（DocBody）</translation>
        </message>
        <message>
            <source>the OFD is damaged: OFD.xml names no document root (DocRoot)</source>
            <translation>OFD 文件已损坏：OFD.xml 中没有文档根节点（DocRoot）</translation>
        </message>
        <message>
            <source>the OFD is damaged: a page has no content location (BaseLoc)</source>
            <translation>OFD 文件已损坏：有页面没有内容位置（BaseLoc）</translation>
        </message>
        <message>
            <source>the OFD is damaged: page %1 has no size</source>
            <translation>OFD 文件已损坏：第 %1 页没有页面大小</translation>
        </message>
        <message>
            <source>the OFD is damaged: %1 is not an OFD document</source>
            <translation>OFD 文件已损坏：%1 不是 OFD 文档</translation>
        </message>
        <message>
            <source>the OFD has no pages</source>
            <translation>该 OFD 文件没有页面</translation>
        </message>
        <message>
            <source>the OFD has too many pages (more than %1)</source>
            <translation>该 OFD 文件页数过多（超过 %1 页）</translation>
        </message>
        <message>
            <source>a ZIP archive that is not an OFD document (no OFD.xml)</source>
            <translation>这是 ZIP 压缩包，但不是 OFD 文档（没有 OFD.xml）</translation>
        </message>
        <message>
            <source>reading Word 97-2003 (.doc) and WPS (.wps) files needs LibreOffice, which was not found: install LibreOffice (https://www.libreoffice.org; on Debian or Ubuntu the package libreoffice-writer) and import the file again, or save it as .docx or PDF first</source>
            <translation>读取 Word 97-2003（.doc）和 WPS（.wps）文件需要 LibreOffice，但未找到：请安装 LibreOffice（https://www.libreoffice.org；Debian 或 Ubuntu 上为 libreoffice-writer 软件包）后重新导入，或先将文件另存为 .docx 或 PDF</translation>
        </message>
        <message>
            <source>cannot make a temporary folder for the conversion: %1</source>
            <translation>无法为转换创建临时文件夹：%1</translation>
        </message>
        <message>
            <source>cannot write the file for the conversion: %1</source>
            <translation>无法写入待转换的文件：%1</translation>
        </message>
        <message>
            <source>LibreOffice (%1) could not be started: %2</source>
            <translation>无法启动 LibreOffice（%1）：%2</translation>
        </message>
        <message>
            <source>the conversion was cancelled</source>
            <translation>转换已取消</translation>
        </message>
        <message>
            <source>LibreOffice did not finish converting the file within %1 seconds</source>
            <translation>LibreOffice 未能在 %1 秒内完成文件转换</translation>
        </message>
        <message>
            <source>LibreOffice could not convert the file (exit code %1)</source>
            <translation>LibreOffice 无法转换该文件（退出代码 %1）</translation>
        </message>
        <message>
            <source>LibreOffice could not convert the file (%1)</source>
            <translation>LibreOffice 无法转换该文件（%1）</translation>
        </message>
        <message>
            <source>the PDF has %1 pages; PolicyLens reads up to %2 pages</source>
            <translation>该 PDF 有 %1 页；PolicyLens 最多读取 %2 页</translation>
        </message>
        <message>
            <source> (at page %1 of %2)</source>
            <translation>（读到第 %1 页，共 %2 页）</translation>
        </message>
        <message>
            <source>the Word document's text part</source>
            <translation>Word 文档的正文部分</translation>
        </message>
        <message>
            <source>the web page has too many elements (%1; the limit is %2)</source>
            <translation>网页元素过多（%1 个；上限为 %2 个）</translation>
        </message>
        <message>
            <source>the web page cannot be read</source>
            <translation>无法读取该网页</translation>
        </message>
        <message numerus="yes">
            <source>ignored %n tag(s) nested more than %1 deep</source>
            <translation>
                <numerusform>已忽略 %n 个嵌套超过 %1 层的标签</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>replaced %n stray byte(s) that could not be read as text with U+FFFD</source>
            <translation>
                <numerusform>%n 个无法识别的字节已替换为 U+FFFD</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is missing</source>
            <translation>缺少%1</translation>
        </message>
        <message>
            <source>%1 is too large (%2 MB unpacked; the limit is %3 MB per part)</source>
            <translation>%1过大（解压后 %2 MB；上限为每部分 %3 MB）</translation>
        </message>
        <message>
            <source>%1 unpacks to %2 times its packed size (%3 MB from %4 MB; the limit is %5 times): a damaged or malicious file (ZIP bomb)</source>
            <translation>%1解压后为压缩大小的 %2 倍（由 %4 MB 解压为 %3 MB；上限为 %5 倍）：文件已损坏或为恶意文件（ZIP 炸弹）</translation>
        </message>
        <message>
            <source>%1 cannot be unpacked (the archive is damaged)</source>
            <translation>%1无法解压（压缩包已损坏）</translation>
        </message>
    </context>
    <context>
        <name>plens::ocr</name>
        <message>
            <source>the text recognition model %1.traineddata was not found (looked in %2)</source>
            <translation>未找到文字识别模型 %1.traineddata（已查找：%2）</translation>
        </message>
        <message>
            <source>the text recognition model %1 in %2 cannot be loaded</source>
            <translation>无法加载 %2 中的文字识别模型 %1</translation>
        </message>
        <message>
            <source>text recognition was cancelled</source>
            <translation>文字识别已取消</translation>
        </message>
        <message>
            <source>text recognition failed on this image</source>
            <translation>此图片的文字识别失败</translation>
        </message>
        <message>
            <source>this build of PolicyLens cannot recognise text</source>
            <translation>此版本的 PolicyLens 不支持文字识别</translation>
        </message>
    </context>
    <context>
        <name>plens::ui</name>
        <message>
            <source>cannot read the built-in sample</source>
            <translation>无法读取内置示例文档</translation>
        </message>
        <message>
            <source>The password was not correct. Password for %1:</source>
            <translation>密码不正确。请输入 %1 的密码：</translation>
        </message>
        <message>
            <source>%1 is protected by a password. Password:</source>
            <translation>%1 受密码保护。密码：</translation>
        </message>
        <message>
            <source>Encrypted PDF</source>
            <translation>加密的 PDF</translation>
        </message>
        <message>
            <source>the import was cancelled (no password given)</source>
            <translation>已取消导入（未输入密码）</translation>
        </message>
        <message>
            <source>workspaces or documents to open</source>
            <translation>要打开的工作区或文档</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::AboutDialog</name>
        <message>
            <source>About PolicyLens</source>
            <translation>关于 PolicyLens</translation>
        </message>
        <message>
            <source>&lt;h3&gt;PolicyLens %1&lt;/h3&gt;&lt;p&gt;Read, tag and track the quantified commitments of Chinese policy documents.&lt;/p&gt;&lt;p&gt;PolicyLens is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%2). It comes with no warranty.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;PolicyLens %1&lt;/h3&gt;&lt;p&gt;阅读、标注并跟踪中国政策文件中的量化目标。&lt;/p&gt;&lt;p&gt;PolicyLens 是自由软件：您可以依照 GNU 通用公共许可证第 3 版或（由您选择）任何更新版本的条款（%2）再分发和修改它。本软件不提供任何担保。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>组件</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Built with:</source>
            <translation>基于以下组件构建：</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::AnalysisActions</name>
        <message>
            <source>Deadline Radar</source>
            <translation>期限雷达</translation>
        </message>
        <message>
            <source>&amp;Cascade Check...</source>
            <translation>上下级目标核对(&amp;C)...</translation>
        </message>
        <message>
            <source>Line up a region's targets with those of the regions inside it</source>
            <translation>将地区目标与其下辖地区的目标逐一对照</translation>
        </message>
        <message>
            <source>Deadline &amp;Radar</source>
            <translation>期限雷达(&amp;R)</translation>
        </message>
        <message>
            <source>Plan &amp;Revisions...</source>
            <translation>规划修订比较(&amp;R)...</translation>
        </message>
        <message>
            <source>Compare the targets of two versions of a plan</source>
            <translation>比较同一规划两个版本的目标</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) overdue: see the Deadline Radar</source>
            <translation>
                <numerusform>%n 个目标已逾期：见期限雷达</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>plens::ui::AnnotationPanel</name>
        <message>
            <source>Highlight</source>
            <translation>高亮</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>保存批注</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Highlight the selected passage with this colour, note and tags</source>
            <translation>用此颜色、批注和标签高亮所选段落</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>By document</source>
            <translation>按文件</translation>
        </message>
        <message>
            <source>By tag</source>
            <translation>按标签</translation>
        </message>
        <message>
            <source>Filter annotations</source>
            <translation>筛选批注</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>批注</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>全部批注</translation>
        </message>
        <message>
            <source>(not found in the revised document) %1</source>
            <translation>（在修订后的文件中未找到）%1</translation>
        </message>
        <message>
            <source>Untagged</source>
            <translation>无标签</translation>
        </message>
        <message>
            <source>Document %1</source>
            <translation>文件 %1</translation>
        </message>
        <message>
            <source>&lt;p&gt;No notes yet.&lt;/p&gt;</source>
            <translation>&lt;p&gt;还没有批注。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::CascadeView</name>
        <message>
            <source>Cascade Check</source>
            <translation>上下级目标核对</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Children's sum</source>
            <translation>下级合计</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>缺口</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>Set in</source>
            <translation>出处</translation>
        </message>
        <message>
            <source>Indicator:</source>
            <translation>指标：</translation>
        </message>
        <message>
            <source>All indicators</source>
            <translation>全部指标</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message numerus="yes">
            <source>%n other region(s)</source>
            <translation>
                <numerusform>其他 %n 个地区</numerusform>
            </translation>
        </message>
        <message>
            <source>No document from: %1</source>
            <translation>以下地区没有文档：%1</translation>
        </message>
        <message>
            <source>Regions the gazetteer cannot place (listed, not guessed)</source>
            <translation>地名表无法定位的地区（仅列出，不推测）</translation>
        </message>
        <message>
            <source>(no region)</source>
            <translation>（无地区）</translation>
        </message>
        <message>
            <source>No target here has targets of the regions inside its region to line up with.</source>
            <translation>没有目标可与其下辖地区的目标对照。</translation>
        </message>
        <message numerus="yes">
            <source>%n cascade(s)</source>
            <translation>
                <numerusform>%n 组上下级目标</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with a gap or a flagged child</source>
            <translation>
                <numerusform>%n 组有缺口或下级被标记</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>plens::ui::CommitmentsModel</name>
        <message>
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Comparator</source>
            <translation>比较方式</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Up to</source>
            <translation>上限</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Hedge</source>
            <translation>限定语</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>原文</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进展</translation>
        </message>
        <message>
            <source>Set by hand: %1</source>
            <translation>手动设定：%1</translation>
        </message>
        <message>
            <source>Judged: %1</source>
            <translation>判断：%1</translation>
        </message>
        <message>
            <source>%1 (set by hand)</source>
            <translation>%1（手动设定）</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::CommitmentsPanel</name>
        <message>
            <source>All documents</source>
            <translation>全部文件</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>全部标签</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>全部年份</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::DocumentView</name>
        <message>
            <source>Select a document in the library to read it.</source>
            <translation>在文档库中选择一个文档即可阅读。</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页面</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>适合宽度</translation>
        </message>
        <message>
            <source>Page </source>
            <translation>第 </translation>
        </message>
        <message>
            <source> of %1</source>
            <translation> 页，共 %1 页</translation>
        </message>
        <message numerus="yes">
            <source>Text on page(s) %1 was recognised from images (OCR) and may contain errors: compare it with the page.</source>
            <translation>
                <numerusform>第%1页的文字由图片识别（OCR）得到，可能有误，请与原页面核对。</numerusform>
            </translation>
        </message>
        <message>
            <source>Show the pages instead of the text</source>
            <translation>显示页面而不是文字</translation>
        </message>
        <message numerus="yes">
            <source>%n electronic seal(s) or signature(s)</source>
            <translation>
                <numerusform>%n 个电子印章或签名</numerusform>
            </translation>
        </message>
        <message>
            <source>Seals and signatures are shown as they are; PolicyLens does not verify them.
%1</source>
            <translation>印章和签名按原样显示；PolicyLens 不验证其有效性。
%1</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::EditRights</name>
        <message>
            <source>Not available: open or create a workspace first.</source>
            <translation>不可用：请先打开或新建一个工作区。</translation>
        </message>
        <message>
            <source>Not available: %1.</source>
            <translation>不可用：%1。</translation>
        </message>
        <message>
            <source>Not available: your role in this team workspace is reader (you can read, search and export).</source>
            <translation>不可用：您在此团队工作区中的角色是读者（可以阅读、搜索和导出）。</translation>
        </message>
        <message>
            <source>Not available: only the owners of this team workspace can do this (your role is editor).</source>
            <translation>不可用：只有此团队工作区的负责人可以执行此操作（您的角色是编辑者）。</translation>
        </message>
        <message>
            <source>Not available while the team workspace's server cannot be reached.</source>
            <translation>团队工作区的服务器无法连接，暂不可用。</translation>
        </message>
        <message>
            <source>Not available: only the owners of this team workspace delete figures found in the documents (you can delete the ones you added by hand).</source>
            <translation>不可用：只有此团队工作区的负责人可以删除从文档中识别出的数值（您可以删除自己手动添加的数值）。</translation>
        </message>
        <message>
            <source>Not available: only %1, who wrote this annotation, or an owner of this team workspace can change it.</source>
            <translation>不可用：只有此批注的作者%1或此团队工作区的负责人可以修改它。</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::ExportActions</name>
        <message>
            <source>Export &amp;Annotated PDF...</source>
            <translation>导出批注 PDF(&amp;A)...</translation>
        </message>
        <message>
            <source>Export &amp;Meeting Pack...</source>
            <translation>导出会议材料(&amp;M)...</translation>
        </message>
        <message>
            <source>Export &amp;Tables...</source>
            <translation>导出表格(&amp;T)...</translation>
        </message>
        <message>
            <source>&amp;Print Meeting Pack...</source>
            <translation>打印会议材料(&amp;P)...</translation>
        </message>
        <message>
            <source>The current document as a PDF with your highlights and notes</source>
            <translation>将当前文档连同高亮和批注导出为 PDF</translation>
        </message>
        <message>
            <source>Targets, latest reported values, charts and quotes as a PDF for a meeting</source>
            <translation>将目标、最新报告数值、图表和原文摘录导出为会议用 PDF</translation>
        </message>
        <message>
            <source>Figures, links and annotations as an Excel workbook or a CSV file</source>
            <translation>将数值、关联和批注导出为 Excel 工作簿或 CSV 文件</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <source>Export Annotated PDF</source>
            <translation>导出批注 PDF</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>%1 is protected by a password. Password:</source>
            <translation>%1 受密码保护。密码：</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Exporting %1...</source>
            <translation>正在导出 %1...</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n highlight(s) to %1</source>
            <translation>
                <numerusform>已将 %n 处高亮导出到 %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n passage(s) not found in the text, left out)</source>
            <translation>
                <numerusform>（%n 处段落在正文中未找到，已略去）</numerusform>
            </translation>
        </message>
        <message>
            <source>Meeting Pack</source>
            <translation>会议材料</translation>
        </message>
        <message>
            <source>Title on the cover:</source>
            <translation>封面标题：</translation>
        </message>
        <message>
            <source>Targets and progress</source>
            <translation>目标与进展</translation>
        </message>
        <message>
            <source>no workspace is open</source>
            <translation>未打开工作区</translation>
        </message>
        <message>
            <source>Export Meeting Pack</source>
            <translation>导出会议材料</translation>
        </message>
        <message>
            <source>Writing the meeting pack...</source>
            <translation>正在生成会议材料...</translation>
        </message>
        <message numerus="yes">
            <source>Meeting pack written to %1 (%n page(s))</source>
            <translation>
                <numerusform>会议材料已保存到 %1（%n 页）</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Tables</source>
            <translation>导出表格</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file, one table (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件，单个表格 (*.csv)</translation>
        </message>
        <message>
            <source>A CSV file holds one table. Which one?</source>
            <translation>一个 CSV 文件只能保存一个表格。导出哪一个？</translation>
        </message>
        <message>
            <source>Writing %1...</source>
            <translation>正在写入%1...</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n row(s) written to %2</source>
            <translation>
                <numerusform>%1：已将 %n 行写入 %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing the tables...</source>
            <translation>正在写入表格...</translation>
        </message>
        <message>
            <source>Tables written to %1</source>
            <translation>表格已保存到 %1</translation>
        </message>
        <message>
            <source>Print Meeting Pack</source>
            <translation>打印会议材料</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Export cancelled; %1 was not written</source>
            <translation>导出已取消；未写入 %1</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>Targets and reported figures, as the reader shows them</source>
            <translation>目标和报告数值（与阅读器中所示相同）</translation>
        </message>
        <message>
            <source>My highlights and notes</source>
            <translation>我的高亮和批注</translation>
        </message>
        <message>
            <source>Everything, any tag</source>
            <translation>全部（不限标签）</translation>
        </message>
        <message>
            <source>Paint the highlights into the pages (for printing or fax; they can no longer be edited)</source>
            <translation>将高亮绘入页面（用于打印或传真；之后不能再编辑）</translation>
        </message>
        <message>
            <source>Highlight:</source>
            <translation>高亮：</translation>
        </message>
        <message>
            <source>Only items tagged:</source>
            <translation>仅限带此标签的内容：</translation>
        </message>
        <message>
            <source>%1 (annotated)</source>
            <translation>%1（批注版）</translation>
        </message>
        <message>
            <source>%1 - tables</source>
            <translation>%1 - 表格</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::FigureMenu</name>
        <message>
            <source>Link with the Figure Selected Before</source>
            <translation>与之前选中的数值关联</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Delete Figure</source>
            <translation>删除数值</translation>
        </message>
        <message>
            <source>The figure is not a commitment or a reported value (Undo puts it back)</source>
            <translation>该数值不是承诺或报告数值（可撤销恢复）</translation>
        </message>
        <message>
            <source>New Tag...</source>
            <translation>新建标签...</translation>
        </message>
        <message>
            <source>New Tag</source>
            <translation>新建标签</translation>
        </message>
        <message>
            <source>Name of the new tag:</source>
            <translation>新标签名称：</translation>
        </message>
        <message>
            <source>Tag figure with a new tag</source>
            <translation>用新标签标记数值</translation>
        </message>
        <message>
            <source>As judged: %1</source>
            <translation>按判断：%1</translation>
        </message>
        <message>
            <source>Set by hand: %1</source>
            <translation>手动设定：%1</translation>
        </message>
        <message>
            <source>Set Status</source>
            <translation>设置状态</translation>
        </message>
        <message>
            <source>Why is the status '%1'? (optional)</source>
            <translation>为什么状态是“%1”？（可选）</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::IndicatorActions</name>
        <message>
            <source>Rename indicator</source>
            <translation>重命名指标</translation>
        </message>
        <message>
            <source>Merge indicators</source>
            <translation>合并指标</translation>
        </message>
        <message>
            <source>Split indicator</source>
            <translation>拆分指标</translation>
        </message>
        <message>
            <source>Indicator &amp;Chart...</source>
            <translation>指标图表(&amp;C)...</translation>
        </message>
        <message>
            <source>&amp;Dashboard...</source>
            <translation>指标看板(&amp;D)...</translation>
        </message>
        <message>
            <source>&amp;Group Figures into Indicators</source>
            <translation>将数字归入指标(&amp;G)</translation>
        </message>
        <message>
            <source>Put every figure without an indicator under the most similar one</source>
            <translation>把尚无指标的数字归入最相近的指标</translation>
        </message>
        <message>
            <source>Group figures into indicators</source>
            <translation>将数字归入指标</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::IndicatorsPanel</name>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Chart the targets and reported values of the indicator</source>
            <translation>绘制该指标的目标与报告值</translation>
        </message>
        <message>
            <source>Rename...</source>
            <translation>重命名...</translation>
        </message>
        <message>
            <source>Give the indicator another name (the old one stays as an alias)</source>
            <translation>给指标改名（旧名保留为别名）</translation>
        </message>
        <message>
            <source>Merge Into...</source>
            <translation>合并到...</translation>
        </message>
        <message>
            <source>Move the indicator's figures into another indicator</source>
            <translation>把该指标的数字移入另一个指标</translation>
        </message>
        <message>
            <source>Split Off...</source>
            <translation>拆分...</translation>
        </message>
        <message>
            <source>Move the selected figures into a new indicator</source>
            <translation>把选中的数字移入新指标</translation>
        </message>
        <message>
            <source>Also named: %1</source>
            <translation>别名：%1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Rename Indicator</source>
            <translation>重命名指标</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <source>An indicator named '%1' exists already. Use Merge Into to join them.</source>
            <translation>已有名为“%1”的指标。请用“合并到”将两者合并。</translation>
        </message>
        <message>
            <source>Merge Indicator</source>
            <translation>合并指标</translation>
        </message>
        <message>
            <source>Merge into:</source>
            <translation>合并到：</translation>
        </message>
        <message>
            <source>Split Indicator</source>
            <translation>拆分指标</translation>
        </message>
        <message>
            <source>Select the figures to move into a new indicator first.</source>
            <translation>请先选中要移入新指标的数字。</translation>
        </message>
        <message>
            <source>Name of the new indicator:</source>
            <translation>新指标名称：</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::LibraryPanel</name>
        <message>
            <source>Filter documents</source>
            <translation>筛选文档</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>发文机关</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Search the text of all documents and notes (Enter)</source>
            <translation>搜索所有文件和批注的正文（回车）</translation>
        </message>
        <message>
            <source>note in %1</source>
            <translation>%1 中的批注</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>未找到。</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::LinksPanel</name>
        <message>
            <source>Accept</source>
            <translation>接受</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>Show rejected</source>
            <translation>显示已拒绝</translation>
        </message>
        <message>
            <source>Target / reported figure</source>
            <translation>目标 / 报告数值</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>已接受</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>Accept the selected links (select a target to accept all its suggestions)</source>
            <translation>接受选中的关联（选中一个目标即接受其全部建议）</translation>
        </message>
        <message>
            <source>Reject the selected links; rejected pairs are never suggested again</source>
            <translation>拒绝选中的关联；被拒绝的配对不会再被建议</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New Workspace...</source>
            <translation>新建工作区(&amp;N)...</translation>
        </message>
        <message>
            <source>&amp;Open Workspace...</source>
            <translation>打开工作区(&amp;O)...</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About PolicyLens</source>
            <translation>关于 PolicyLens(&amp;A)</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n 个文档</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot open workspace</source>
            <translation>无法打开工作区</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>打开工作区</translation>
        </message>
        <message>
            <source>PolicyLens workspaces (*.plens)</source>
            <translation>PolicyLens 工作区 (*.plens)</translation>
        </message>
        <message>
            <source>New Workspace</source>
            <translation>新建工作区</translation>
        </message>
        <message>
            <source>Cannot open document</source>
            <translation>无法打开文档</translation>
        </message>
        <message>
            <source>No workspace</source>
            <translation>无工作区</translation>
        </message>
        <message>
            <source>%1 - PolicyLens</source>
            <translation>%1 - PolicyLens</translation>
        </message>
        <message>
            <source>Targets and reported figures</source>
            <translation>目标与报告数值</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>批注</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>关联</translation>
        </message>
        <message>
            <source>Recent Workspaces</source>
            <translation>最近的工作区</translation>
        </message>
        <message>
            <source>&amp;Import Documents...</source>
            <translation>导入文件(&amp;I)...</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Find in All Documents</source>
            <translation>在所有文件中查找(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>设置(&amp;S)...</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Open Beside</source>
            <translation>在旁边打开</translation>
        </message>
        <message>
            <source>Close Pane</source>
            <translation>关闭窗格</translation>
        </message>
        <message>
            <source>Synchronised Scrolling</source>
            <translation>同步滚动</translation>
        </message>
        <message>
            <source>Next Figure</source>
            <translation>下一个数值</translation>
        </message>
        <message>
            <source>Previous Figure</source>
            <translation>上一个数值</translation>
        </message>
        <message>
            <source>Next Annotation</source>
            <translation>下一条批注</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>编辑批注</translation>
        </message>
        <message>
            <source>Tag annotation</source>
            <translation>为批注加标签</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>重命名标签</translation>
        </message>
        <message>
            <source>Tag colour</source>
            <translation>标签颜色</translation>
        </message>
        <message>
            <source>Move tag</source>
            <translation>移动标签</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>取消导入</translation>
        </message>
        <message numerus="yes">
            <source>Import cancelled after %n file(s)</source>
            <translation>
                <numerusform>已导入 %n 个文件后取消</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n file(s)</source>
            <translation>
                <numerusform>已导入 %n 个文件</numerusform>
            </translation>
        </message>
        <message>
            <source>Some files were not imported</source>
            <translation>部分文件未能导入</translation>
        </message>
        <message>
            <source>Import Documents</source>
            <translation>导入文件</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Open or create a workspace first.</source>
            <translation>请先打开或新建工作区。</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>%1 is protected by a password. Password:</source>
            <translation>%1 受密码保护。密码：</translation>
        </message>
        <message>
            <source>%1: the pages cannot be shown; showing the text</source>
            <translation>%1：无法显示页面，改为显示文本</translation>
        </message>
        <message>
            <source>The change was not saved</source>
            <translation>修改未能保存</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>&amp;Indicators</source>
            <translation>指标(&amp;I)</translation>
        </message>
        <message>
            <source>Set Status</source>
            <translation>设置状态</translation>
        </message>
        <message>
            <source>Why is the status '%1'? (optional)</source>
            <translation>为什么状态是“%1”？（可选）</translation>
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation>分析(&amp;A)</translation>
        </message>
        <message>
            <source>Open &amp;Team Workspace...</source>
            <translation>打开团队工作区(&amp;T)...</translation>
        </message>
        <message>
            <source>Cannot open the team workspace</source>
            <translation>无法打开团队工作区</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>editor</source>
            <translation>编辑者</translation>
        </message>
        <message>
            <source>reader (read only)</source>
            <translation>读者（只读）</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source> — server unreachable, retrying</source>
            <translation> — 服务器无法连接，正在重试</translation>
        </message>
        <message numerus="yes">
            <source> — %n edit(s) waiting in the outbox</source>
            <translation>
                <numerusform> — %n 项修改等待发送</numerusform>
            </translation>
        </message>
        <message>
            <source>Someone else changed this</source>
            <translation>他人已修改此条目</translation>
        </message>
        <message>
            <source>Not allowed in this team workspace</source>
            <translation>在此团队工作区中无此权限</translation>
        </message>
        <message>
            <source>Recognising text in %1: page %2 of %3</source>
            <translation>正在识别 %1 的文字：第%2页，共%3页</translation>
        </message>
        <message>
            <source>Some pages could not be read</source>
            <translation>部分页面未能读取</translation>
        </message>
        <message>
            <source>%1 (read-only) - PolicyLens</source>
            <translation>%1（只读）- PolicyLens</translation>
        </message>
        <message>
            <source>&lt;b&gt;A sample to start with.&lt;/b&gt; Left: a city's action plan, its targets highlighted; right: a briefing with the figures reported since. Click a target to see the figure reported on it, joined by a line; the table below judges each target. &lt;b&gt;Indicators &amp;gt; Indicator Chart&lt;/b&gt; charts them, &lt;b&gt;File &amp;gt; Export&lt;/b&gt; makes the meeting pack. Import your own documents with &lt;b&gt;File &amp;gt; Import&lt;/b&gt; or by dropping them here.</source>
            <translation>&lt;b&gt;先看一个示例。&lt;/b&gt;左边是一个城市的行动方案，目标已高亮；右边是之后的工作简报，高亮的是报告数值。点击一个目标，可以看到与之关联的报告数值（用连线相连）；下方的表格给出每个目标的判断。&lt;b&gt;指标 &amp;gt; 指标图表&lt;/b&gt;可绘制图表，&lt;b&gt;文件 &amp;gt; 导出&lt;/b&gt;可生成会议材料。用&lt;b&gt;文件 &amp;gt; 导入&lt;/b&gt;或直接拖入窗口，导入您自己的文档。</translation>
        </message>
        <message>
            <source>Hide this hint</source>
            <translation>隐藏此提示</translation>
        </message>
        <message>
            <source>Document Library</source>
            <translation>文档库</translation>
        </message>
        <message>
            <source>&amp;Link the Two Figures Selected Last</source>
            <translation>关联最近选中的两个数值(&amp;L)</translation>
        </message>
        <message>
            <source>Click a target in one pane and a figure reported on it in the other, then link them</source>
            <translation>在一个窗格中点击目标，在另一个窗格中点击对应的报告数值，然后关联</translation>
        </message>
        <message>
            <source>Accept %1 links</source>
            <translation>接受 %1 个关联</translation>
        </message>
        <message>
            <source>Reject %1 links</source>
            <translation>拒绝 %1 个关联</translation>
        </message>
        <message>
            <source>Grouping figures under indicators...</source>
            <translation>正在将数值归入指标……</translation>
        </message>
        <message>
            <source>Suggesting links between targets and reported figures...</source>
            <translation>正在为目标与报告数值建议关联……</translation>
        </message>
        <message numerus="yes">
            <source>%n link(s) suggested</source>
            <translation>
                <numerusform>建议了 %n 个关联</numerusform>
            </translation>
        </message>
        <message>
            <source>Policy documents (%1);;All files (*)</source>
            <translation>政策文件 (%1);;所有文件 (*)</translation>
        </message>
        <message>
            <source>An import is running; wait for it or cancel it first.</source>
            <translation>正在导入，请等待完成或先取消。</translation>
        </message>
        <message>
            <source>Nothing linked: click a target, then a figure reported on it (or the other way round), then link.</source>
            <translation>未建立关联：请先点击一个目标，再点击对应的报告数值（顺序不限），然后关联。</translation>
        </message>
        <message>
            <source>Link anyway?</source>
            <translation>仍要关联吗？</translation>
        </message>
        <message>
            <source>Link %1 to %2 anyway? The link is kept, but the figure is not counted in the target's progress.</source>
            <translation>仍要将%1关联到%2吗？关联会保留，但该数值不计入目标进展。</translation>
        </message>
        <message>
            <source>Not linked.</source>
            <translation>未关联。</translation>
        </message>
        <message>
            <source>Linked %1 to the target %2.</source>
            <translation>已将%1关联到目标%2。</translation>
        </message>
        <message>
            <source>Linked the target %1 as a part of %2.</source>
            <translation>已将目标%1关联为%2的分解目标。</translation>
        </message>
        <message>
            <source>A new indicator: %1</source>
            <translation>新指标：%1</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Which indicator does '%1' measure?</source>
            <translation>“%1”属于哪个指标？</translation>
        </message>
        <message>
            <source>Correct figure</source>
            <translation>更正数值</translation>
        </message>
        <message>
            <source>Move figure to another indicator</source>
            <translation>将数值移到另一个指标</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::PageView</name>
        <message>
            <source>Page %1</source>
            <translation>第 %1 页</translation>
        </message>
        <message>
            <source>Text recognised (OCR)</source>
            <translation>文字识别（OCR）</translation>
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
            <translation>逾期且无报告</translation>
        </message>
        <message>
            <source>Overdue, not met</source>
            <translation>逾期未达成</translation>
        </message>
        <message>
            <source>Marked by a user</source>
            <translation>用户标记</translation>
        </message>
        <message>
            <source>Due this year, nothing reported</source>
            <translation>今年到期，无报告</translation>
        </message>
        <message>
            <source>Projected short</source>
            <translation>推算不达标</translation>
        </message>
        <message>
            <source>Stale</source>
            <translation>数值过时</translation>
        </message>
        <message>
            <source>Only what needs attention</source>
            <translation>仅显示需关注项</translation>
        </message>
        <message>
            <source> months</source>
            <translation> 个月</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>紧迫程度</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>最新数值</translation>
        </message>
        <message>
            <source>Projection</source>
            <translation>推算</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>As of:</source>
            <translation>截至：</translation>
        </message>
        <message>
            <source>Stale after:</source>
            <translation>过时期限：</translation>
        </message>
        <message>
            <source>≈ %1 in %2 (projected)</source>
            <translation>≈ %1（%2年，推算）</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n 项逾期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n 项需关注</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) with a due year</source>
            <translation>
                <numerusform>%n 个有到期年份的目标</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>plens::ui::RecoveryActions</name>
        <message>
            <source>&amp;Recover Workspace...</source>
            <translation>恢复工作区(&amp;R)...</translation>
        </message>
        <message>
            <source>Copy what is readable of a damaged workspace into a new one</source>
            <translation>把损坏工作区中可读取的内容复制到新工作区</translation>
        </message>
        <message>
            <source>Recover Workspace</source>
            <translation>恢复工作区</translation>
        </message>
        <message>
            <source>PolicyLens workspaces (*.plens)</source>
            <translation>PolicyLens 工作区 (*.plens)</translation>
        </message>
        <message>
            <source>Save the Recovered Workspace As</source>
            <translation>恢复的工作区另存为</translation>
        </message>
        <message>
            <source>%1 is damaged, so it is open for reading only: nothing can be saved into it.

Recover what is readable into a new workspace now?</source>
            <translation>%1 已损坏，因此以只读方式打开，无法保存任何内容。

现在把可读取的内容恢复到新工作区吗？</translation>
        </message>
        <message>
            <source>Damaged Workspace</source>
            <translation>工作区已损坏</translation>
        </message>
        <message>
            <source>Recovering %1...</source>
            <translation>正在恢复 %1...</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cannot recover the workspace</source>
            <translation>无法恢复工作区</translation>
        </message>
        <message>
            <source>Workspace Recovered</source>
            <translation>工作区已恢复</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::RevisionsView</name>
        <message>
            <source>value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>due year</source>
            <translation>到期年份</translation>
        </message>
        <message>
            <source>comparator</source>
            <translation>比较方式</translation>
        </message>
        <message>
            <source>hedge</source>
            <translation>限定语</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Plan Revisions</source>
            <translation>规划修订比较</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Older</source>
            <translation>较旧版本</translation>
        </message>
        <message>
            <source>Newer</source>
            <translation>较新版本</translation>
        </message>
        <message>
            <source>How matched</source>
            <translation>匹配方式</translation>
        </message>
        <message>
            <source>Versions found:</source>
            <translation>发现的版本：</translation>
        </message>
        <message>
            <source>Older:</source>
            <translation>较旧版本：</translation>
        </message>
        <message>
            <source>Newer:</source>
            <translation>较新版本：</translation>
        </message>
        <message>
            <source>None found: choose two documents below</source>
            <translation>未发现：请在下方选择两个文档</translation>
        </message>
        <message>
            <source>Import two versions of a plan to compare their targets.</source>
            <translation>导入同一规划的两个版本以比较其目标。</translation>
        </message>
        <message>
            <source>Choose two different documents.</source>
            <translation>请选择两个不同的文档。</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n 处变化</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) unchanged</source>
            <translation>
                <numerusform>%n 个目标未变</numerusform>
            </translation>
        </message>
        <message>
            <source>older: %1</source>
            <translation>旧版本判定：%1</translation>
        </message>
        <message>
            <source>No two documents here look like versions of one plan: choose two to compare.</source>
            <translation>这里没有看似同一规划不同版本的文档：请选择两个文档进行比较。</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Highlight colour %1</source>
            <translation>高亮颜色 %1</translation>
        </message>
        <message>
            <source>Author name:</source>
            <translation>作者姓名：</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <source>Highlight colours:</source>
            <translation>高亮颜色：</translation>
        </message>
        <message>
            <source>Figure colours:</source>
            <translation>数值颜色：</translation>
        </message>
        <message>
            <source>A new language takes effect when PolicyLens starts again.</source>
            <translation>新语言将在 PolicyLens 重新启动后生效。</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::TagTree</name>
        <message>
            <source>New tag</source>
            <translation>新建标签</translation>
        </message>
        <message>
            <source>Name of the new tag:</source>
            <translation>新标签名称：</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>重命名标签</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <source>Tag colour</source>
            <translation>标签颜色</translation>
        </message>
        <message>
            <source>Merge tag</source>
            <translation>合并标签</translation>
        </message>
        <message>
            <source>Merge into:</source>
            <translation>合并到：</translation>
        </message>
        <message>
            <source>New tag inside</source>
            <translation>新建子标签</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>颜色…</translation>
        </message>
        <message>
            <source>Merge into…</source>
            <translation>合并到…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>plens::ui::TeamWorkspaceDialog</name>
        <message>
            <source>Open Team Workspace</source>
            <translation>打开团队工作区</translation>
        </message>
        <message>
            <source>Remember the password in the system keychain</source>
            <translation>在系统钥匙串中记住密码</translation>
        </message>
        <message>
            <source>This PolicyLens has no keychain support: the password is asked for each time.</source>
            <translation>此 PolicyLens 不支持系统钥匙串：每次都会询问密码。</translation>
        </message>
        <message>
            <source>Required (encrypted connection)</source>
            <translation>必须加密（加密连接）</translation>
        </message>
        <message>
            <source>Required, and check the server's certificate</source>
            <translation>必须加密，并验证服务器证书</translation>
        </message>
        <message>
            <source>Off (only on a trusted network)</source>
            <translation>不加密（仅限可信网络）</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>服务器：</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>端口：</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>数据库：</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Encryption:</source>
            <translation>加密：</translation>
        </message>
        <message>
            <source>A team workspace lives on the office's PostgreSQL server: everyone who opens it sees each other's work. IT gives you these details.</source>
            <translation>团队工作区位于单位的 PostgreSQL 服务器上：打开它的每个人都能看到彼此的工作。以下信息由信息部门提供。</translation>
        </message>
    </context>
</TS>

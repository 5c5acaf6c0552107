<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangeRecorder</name>
    <message>
        <source>changes can only be recorded on a SQLite project</source>
        <translation>只能在 SQLite 项目中记录更改</translation>
    </message>
    <message>
        <source>the changes could not be recorded: %1</source>
        <translation>无法记录更改：%1</translation>
    </message>
    <message>
        <source>the changes could not be inverted (SQLite error %1)</source>
        <translation>无法生成撤销这些更改所需的逆向更改（SQLite 错误 %1）</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Open it in Rapport to recover or discard that work first.</source>
        <translation>请先在 Rapport 中打开它，恢复或丢弃这些工作。</translation>
    </message>
    <message>
        <source>%1: cannot be opened</source>
        <translation>%1：无法打开</translation>
    </message>
    <message>
        <source>--demo %1: %2</source>
        <translation>--demo %1：%2</translation>
    </message>
    <message>
        <source>Created %1 (empty).</source>
        <translation>已创建 %1（空项目）。</translation>
    </message>
    <message>
        <source>%1: the demo community could not be made: %2</source>
        <translation>%1：无法生成演示社区：%2</translation>
    </message>
    <message>
        <source>Created %1: %2 people, %3 activities, %4 campaigns, %5 surveys in %6 s.</source>
        <translation>已创建 %1：%2 人、%3 条互动、%4 个活动、%5 份问卷，用时 %6 秒。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>架构版本</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>身份标识</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>--as must be one of %1, not “%2”</source>
        <translation>--as 必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>--what must be one of %1, not “%2”</source>
        <translation>--what 必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>export needs --out OUT.csv</source>
        <translation>export 需要 --out OUT.csv</translation>
    </message>
    <message>
        <source>Wrote %1 %2 to %3.</source>
        <translation>已将 %1 条%2写入 %3。</translation>
    </message>
    <message>
        <source>--window must look like 30d, 12h or 2w, not “%1”</source>
        <translation>--window 的格式应为 30d、12h 或 2w，而不是“%1”</translation>
    </message>
    <message>
        <source>--mode must be ordered, strict or unordered, not “%1”</source>
        <translation>--mode 必须是 ordered、strict 或 unordered，而不是“%1”</translation>
    </message>
    <message>
        <source>--from: “%1” is not a date (YYYY-MM-DD)</source>
        <translation>--from：“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--to: “%1” is not a date (YYYY-MM-DD)</source>
        <translation>--to：“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from 不能晚于 --to</translation>
    </message>
    <message>
        <source>--steps needs at least one activity type</source>
        <translation>--steps 至少需要一个互动类型</translation>
    </message>
    <message>
        <source>--steps: at most %1 steps</source>
        <translation>--steps：最多 %1 个步骤</translation>
    </message>
    <message>
        <source>--steps: unknown activity type “%1”</source>
        <translation>--steps：未知的互动类型“%1”</translation>
    </message>
    <message>
        <source>--breakdown: unknown person attribute “%1”</source>
        <translation>--breakdown：未知的人员属性“%1”</translation>
    </message>
    <message>
        <source>--period must be week or month, not “%1”</source>
        <translation>--period 必须是 week 或 month，而不是“%1”</translation>
    </message>
    <message>
        <source>--periods must be a number from 1 to %1, not “%2”</source>
        <translation>--periods 必须是 1 到 %1 之间的数字，而不是“%2”</translation>
    </message>
    <message>
        <source>retention needs --start TYPE and --return TYPE|any</source>
        <translation>retention 需要 --start TYPE 和 --return TYPE|any</translation>
    </message>
    <message>
        <source>--start: unknown activity type “%1”</source>
        <translation>--start：未知的互动类型“%1”</translation>
    </message>
    <message>
        <source>--return: unknown activity type “%1”</source>
        <translation>--return：未知的互动类型“%1”</translation>
    </message>
    <message>
        <source>--survey: no survey called “%1”</source>
        <translation>--survey：没有名为“%1”的问卷</translation>
    </message>
    <message>
        <source>--mapping is for the canonical CSVs: say which with --as</source>
        <translation>--mapping 仅用于标准 CSV：请用 --as 指明是哪一种</translation>
    </message>
    <message>
        <source>--date-order must be mdy, dmy or ymd, not “%1”</source>
        <translation>--date-order 必须是 mdy、dmy 或 ymd，而不是“%1”</translation>
    </message>
    <message>
        <source>No imports.</source>
        <translation>没有导入记录。</translation>
    </message>
    <message>
        <source>%1  %2 (%3): %4 people created, %5 activities created, %6 responses created</source>
        <translation>%1  %2（%3）：新建 %4 人、%5 条互动、%6 份答卷</translation>
    </message>
    <message>
        <source>Undid the import of %1 (%2) made at %3.</source>
        <translation>已撤销 %3 进行的导入：%1（%2）。</translation>
    </message>
    <message>
        <source>recognise the file from its header (the default)</source>
        <translation>根据表头识别文件（默认）</translation>
    </message>
    <message>
        <source>the canonical people CSV</source>
        <translation>标准人员 CSV</translation>
    </message>
    <message>
        <source>the canonical activities CSV</source>
        <translation>标准互动 CSV</translation>
    </message>
    <message>
        <source>the canonical survey responses CSV</source>
        <translation>标准问卷答卷 CSV</translation>
    </message>
    <message>
        <source>--timezone must be a zone such as Europe/Berlin or America/New_York, not “%1”</source>
        <translation>--timezone 必须是时区名称，例如 Europe/Berlin 或 America/New_York，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>cannot read the mapping (%1)</source>
        <translation>无法读取列映射（%1）</translation>
    </message>
    <message>
        <source>a column mapping of more than 1 MiB is not a column mapping</source>
        <translation>超过 1 MiB 的内容不是列映射</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>不是有效的 JSON：%1（位于偏移量 %2）</translation>
    </message>
    <message>
        <source>expected a JSON object mapping column names to the file&apos;s header names</source>
        <translation>需要一个 JSON 对象，将列名映射到文件的表头名称</translation>
    </message>
    <message>
        <source>“%1” is not a column of this import (expected one of: %2)</source>
        <translation>“%1”不是此次导入的列（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>the header name for “%1” must be a non-empty string</source>
        <translation>“%1”的表头名称必须是非空字符串</translation>
    </message>
    <message>
        <source>no column “%1” (named for “%2” in %3)</source>
        <translation>没有“%1”列（在 %3 中被指定为“%2”）</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>no “%1” column; use --mapping to name it</source>
        <translation>没有“%1”列；请用 --mapping 指定</translation>
    </message>
    <message>
        <source>no email or handle column (email, github, ...) to say who did what; use --mapping to name it</source>
        <translation>没有电子邮件或账号列（email、github 等）来说明是谁做的；请用 --mapping 指定</translation>
    </message>
    <message>
        <source>the activities could not be stored: %1</source>
        <translation>无法保存互动记录：%1</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>no email, handle or person_id: whose activity is this?</source>
        <translation>没有电子邮件、账号或 person_id：这是谁的互动？</translation>
    </message>
    <message>
        <source>no activity type</source>
        <translation>缺少互动类型</translation>
    </message>
    <message>
        <source>“%1” is not an activity type (a word of lower-case letters, digits and _, like attended)</source>
        <translation>“%1”不是互动类型（应为由小写字母、数字和 _ 组成的词，如 attended）</translation>
    </message>
    <message>
        <source>no timestamp</source>
        <translation>缺少时间戳</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 timestamp (like 2026-03-01T09:30:00Z)</source>
        <translation>“%1”不是 ISO 8601 时间戳（如 2026-03-01T09:30:00Z）</translation>
    </message>
    <message>
        <source>the timestamp %1 is outside 1970–9999</source>
        <translation>时间戳 %1 不在 1970–9999 年之间</translation>
    </message>
    <message>
        <source>value “%1” is not a number</source>
        <translation>值“%1”不是数字</translation>
    </message>
    <message>
        <source>the project is open read-only</source>
        <translation>项目以只读方式打开</translation>
    </message>
    <message>
        <source>the project cannot be changed (no transaction)</source>
        <translation>无法修改项目（没有事务）</translation>
    </message>
    <message>
        <source>the import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>the import could not be stored: %1</source>
        <translation>无法保存导入的数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n fields, but the header has %1 (a truncated row?)</source>
        <translation>
            <numerusform>有 %n 个字段，但表头有 %1 个（该行是否被截断？）</numerusform>
        </translation>
    </message>
    <message>
        <source>more fields than the header has columns (%1)</source>
        <translation>字段数多于表头的列数（%1）</translation>
    </message>
    <message>
        <source>“%1” is not a Rapport id</source>
        <translation>“%1”不是 Rapport 标识符</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2</source>
        <translation>“%1”不是有效的%2</translation>
    </message>
    <message>
        <source>no person with the id %1 in this project, and no email or handle to create one from</source>
        <translation>此项目中没有标识符为 %1 的人员，也没有可用于创建人员的电子邮件或账号</translation>
    </message>
    <message>
        <source>campaign “%1” cannot be created: %2</source>
        <translation>无法创建活动“%1”：%2</translation>
    </message>
    <message>
        <source>channel “%1” cannot be created: %2</source>
        <translation>无法创建渠道“%1”：%2</translation>
    </message>
    <message>
        <source>no content titled “%1” in this project (content is not created from activity lines: add it first, or leave the column empty)</source>
        <translation>此项目中没有标题为“%1”的内容（不会根据互动行创建内容：请先添加内容，或将该列留空）</translation>
    </message>
    <message>
        <source>%1 must be true/false, yes/no or 1/0, not “%2”</source>
        <translation>%1 必须是 true/false、yes/no 或 1/0，而不是“%2”</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date (YYYY-MM-DD): “%2”</source>
        <translation>%1 不是 ISO 8601 日期（YYYY-MM-DD）：“%2”</translation>
    </message>
    <message>
        <source>the matched person cannot be read</source>
        <translation>无法读取匹配到的人员</translation>
    </message>
    <message>
        <source>%1 “%2” belongs to another person; not added to this one</source>
        <translation>%1“%2”属于另一个人，未添加到此人</translation>
    </message>
    <message>
        <source>no email or handle column (email, github, x, linkedin, wechat, discord, ...): people could not be matched; use --mapping to name it</source>
        <translation>没有电子邮件或账号列（email、github、x、linkedin、wechat、discord 等）：无法匹配人员；请用 --mapping 指定</translation>
    </message>
    <message>
        <source>no email or handle: a person without one could not be matched on the next import</source>
        <translation>没有电子邮件或账号：下次导入时将无法匹配此人</translation>
    </message>
    <message>
        <source>“%1” is not an answer from %2 to %3 to “%4”</source>
        <translation>“%1”不是“%4”的有效答案（应在 %2 到 %3 之间）</translation>
    </message>
    <message>
        <source>“%1” is not one of the options of “%2”</source>
        <translation>“%1”不是“%2”的选项之一</translation>
    </message>
    <message>
        <source>survey “%1” has no answers to make questions from</source>
        <translation>问卷“%1”没有可用于生成问题的答案</translation>
    </message>
    <message>
        <source>survey “%1” cannot be stored: %2</source>
        <translation>无法保存问卷“%1”：%2</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>没有答案</translation>
    </message>
    <message>
        <source>no “submitted_at” column; use --mapping to name it</source>
        <translation>没有“submitted_at”列；请用 --mapping 指定</translation>
    </message>
    <message>
        <source>no question columns: after email, submitted_at and survey, each column is one question</source>
        <translation>没有问题列：在 email、submitted_at 和 survey 之后，每一列是一个问题</translation>
    </message>
    <message>
        <source>the question column “%1” appears twice</source>
        <translation>问题列“%1”出现了两次</translation>
    </message>
    <message>
        <source>no submitted_at time</source>
        <translation>缺少 submitted_at 时间</translation>
    </message>
    <message>
        <source>the import could not be recorded for undo: %1</source>
        <translation>无法记录此次导入以供撤销：%1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>UTF-32 text is not supported; save the file as UTF-8</source>
        <translation>不支持 UTF-32 文本；请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>binary content (a NUL byte): this is not a text file</source>
        <translation>包含二进制内容（NUL 字节）：这不是文本文件</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte %1) although the file says it is UTF-8</source>
        <translation>文件声明为 UTF-8，但不是有效的 UTF-8（第 %1 字节）</translation>
    </message>
    <message>
        <source>neither UTF-8 nor Windows-1252 text (byte %1); save the file as UTF-8 and import it again</source>
        <translation>既不是 UTF-8 也不是 Windows-1252 文本（第 %1 字节）；请将文件另存为 UTF-8 后重新导入</translation>
    </message>
    <message>
        <source>not valid %1 text</source>
        <translation>不是有效的 %1 文本</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <source>a quoted field longer than %1 starts on this line (an unterminated quote?); refused rather than cut short</source>
        <translation>此行开始的带引号字段超过 %1（引号未闭合？）；已拒绝，而不是截断</translation>
    </message>
    <message>
        <source>a field longer than %1; refused rather than cut short</source>
        <translation>字段超过 %1；已拒绝，而不是截断</translation>
    </message>
    <message>
        <source>more than %1 columns: not a table this importer reads</source>
        <translation>超过 %1 列：不是此导入程序能读取的表格</translation>
    </message>
    <message>
        <source>unterminated quoted field: the quote opened on this line is never closed</source>
        <translation>引号字段未闭合：此行开始的引号没有结束</translation>
    </message>
    <message>
        <source>binary content (a NUL character): this is not a text file</source>
        <translation>包含二进制内容（NUL 字符）：这不是文本文件</translation>
    </message>
</context>
<context>
    <name>FileImporter</name>
    <message>
        <source>not a format Rapport recognises (its header matches none of the platforms it knows, nor the canonical people, activities or responses CSV); name one with --preset, or map the columns of a canonical CSV with --as and --mapping</source>
        <translation>不是 Rapport 能识别的格式（其表头与已知的任何平台都不匹配，也不是标准的人员、互动或答卷 CSV）；请用 --preset 指定格式，或用 --as 和 --mapping 将各列映射为标准 CSV</translation>
    </message>
    <message>
        <source>the project is open read-only</source>
        <translation>项目以只读方式打开</translation>
    </message>
    <message>
        <source>no preset “%1”; the presets are %2</source>
        <translation>没有预设“%1”；可用的预设有：%2</translation>
    </message>
    <message>
        <source>this is not a %1 (its header lacks the columns that format has)</source>
        <translation>这不是 %1（其表头缺少该格式应有的列）</translation>
    </message>
    <message numerus="yes">
        <source>%n fields, but the header has %1 (a truncated row?)</source>
        <translation>
            <numerusform>有 %n 个字段，但表头有 %1 个（该行是否被截断？）</numerusform>
        </translation>
    </message>
    <message>
        <source>the project cannot be changed (no transaction)</source>
        <translation>无法修改项目（没有事务）</translation>
    </message>
    <message>
        <source>the import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>ImportLog</name>
    <message>
        <source>the undo record could not be compressed</source>
        <translation>无法压缩撤销记录</translation>
    </message>
    <message>
        <source>there is no import to undo</source>
        <translation>没有可撤销的导入</translation>
    </message>
    <message>
        <source>imports can only be undone in a SQLite project</source>
        <translation>只能在 SQLite 项目中撤销导入</translation>
    </message>
    <message>
        <source>the undo record of %1 is damaged</source>
        <translation>%1 的撤销记录已损坏</translation>
    </message>
    <message>
        <source>the project cannot be changed (no transaction)</source>
        <translation>无法修改项目（没有事务）</translation>
    </message>
    <message>
        <source>%1 cannot be undone: its rows in “%2” have changed since it was imported (edited, merged or compacted); nothing was changed</source>
        <translation>无法撤销 %1：导入之后，它在“%2”中的行已发生变化（被编辑、合并或压缩）；未做任何更改</translation>
    </message>
    <message>
        <source>%1 cannot be undone: %2</source>
        <translation>无法撤销 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1: %2 rows read (dry run: nothing was changed)</source>
        <translation>%1：已读取 %2 行（试运行：未做任何更改）</translation>
    </message>
    <message>
        <source>  people:     %1 created, %2 matched, %3 updated</source>
        <translation>  人员：     新建 %1，匹配 %2，更新 %3</translation>
    </message>
    <message>
        <source>  activities: %1 created, %2 already there</source>
        <translation>  互动：     新建 %1，已存在 %2</translation>
    </message>
    <message>
        <source>  responses:  %1 created, %2 already there</source>
        <translation>  答卷：     新建 %1，已存在 %2</translation>
    </message>
    <message>
        <source>  created:    %1 campaigns, %2 channels, %3 surveys, %4 questions</source>
        <translation>  新建：     %1 个活动，%2 个渠道，%3 份问卷，%4 个问题</translation>
    </message>
    <message>
        <source>  skipped:    %1 rows</source>
        <translation>  跳过：     %1 行</translation>
    </message>
    <message>
        <source>    line %1: %2</source>
        <translation>    第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1: %2 rows read</source>
        <translation>%1：已读取 %2 行</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>PlatformTableReader</name>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is %1 MB, larger than any platform export; import the canonical CSV with --as instead</source>
        <translation>大小为 %1 MB，超过任何平台的导出文件；请改用 --as 导入标准 CSV</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the first worksheet is empty</source>
        <translation>第一个工作表为空</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a JSON object with no array of records in it</source>
        <translation>JSON 对象中没有记录数组</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not an .xlsx workbook: a part is missing</source>
        <translation>不是 .xlsx 工作簿：缺少部件</translation>
    </message>
    <message>
        <source>a part of the workbook expands to more than %1 MB</source>
        <translation>工作簿的某个部件解压后超过 %1 MB</translation>
    </message>
    <message>
        <source>a part of the workbook cannot be read</source>
        <translation>无法读取工作簿的某个部件</translation>
    </message>
    <message>
        <source>the workbook is damaged</source>
        <translation>工作簿已损坏</translation>
    </message>
    <message>
        <source>malformed XML at line %1: %2</source>
        <translation>第 %1 行的 XML 格式有误：%2</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (the zip cannot be opened)</source>
        <translation>不是 .xlsx 工作簿（无法打开 zip 压缩包）</translation>
    </message>
    <message>
        <source>a cell beyond column XFD in row %1</source>
        <translation>第 %1 行有超出 XFD 列的单元格</translation>
    </message>
    <message>
        <source>row %1 names a shared string that does not exist</source>
        <translation>第 %1 行引用了不存在的共享字符串</translation>
    </message>
</context>
<context>
    <name>rapport-cli</name>
    <message>
        <source>%1 (see rapport-cli --help)</source>
        <translation>%1（请参阅 rapport-cli --help）</translation>
    </message>
    <message>
        <source>Rapport on the command line.</source>
        <translation>Rapport 命令行工具。</translation>
    </message>
    <message>
        <source>new: fill with a demo community of this size.</source>
        <translation>new：用此规模的演示社区填充项目。</translation>
    </message>
    <message>
        <source>info, import: print JSON.</source>
        <translation>info、import：输出 JSON。</translation>
    </message>
    <message>
        <source>import: what the file holds.</source>
        <translation>import：文件所含数据的类型。</translation>
    </message>
    <message>
        <source>import: JSON object mapping canonical column names to the file&apos;s.</source>
        <translation>import：将标准列名映射到文件中列名的 JSON 对象。</translation>
    </message>
    <message>
        <source>import: report what would change, change nothing.</source>
        <translation>import：报告将发生的更改，但不做任何更改。</translation>
    </message>
    <message>
        <source>export: what to write.</source>
        <translation>export：要写出的数据。</translation>
    </message>
    <message>
        <source>export: the CSV file to write.</source>
        <translation>export：要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>usage: new FILE [--demo small|medium|large|PEOPLE]</source>
        <translation>用法：new FILE [--demo small|medium|large|PEOPLE]</translation>
    </message>
    <message>
        <source>usage: info FILE [--json]</source>
        <translation>用法：info FILE [--json]</translation>
    </message>
    <message>
        <source>usage: export FILE --what people|activities|responses --out OUT.csv</source>
        <translation>用法：export FILE --what people|activities|responses --out OUT.csv</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>funnel: the activity types of the steps, comma-separated.</source>
        <translation>funnel：各步骤的互动类型，以逗号分隔。</translation>
    </message>
    <message>
        <source>funnel: conversion window (Nd, Nh or Nw; default 30d).</source>
        <translation>funnel：转化窗口（Nd、Nh 或 Nw；默认 30d）。</translation>
    </message>
    <message>
        <source>funnel: ordered (default), strict or unordered.</source>
        <translation>funnel：ordered（默认）、strict 或 unordered。</translation>
    </message>
    <message>
        <source>funnel: first day a first step may happen on (UTC).</source>
        <translation>funnel：第一步最早可发生的日期（UTC）。</translation>
    </message>
    <message>
        <source>funnel: last day a first step may happen on (UTC).</source>
        <translation>funnel：第一步最晚可发生的日期（UTC）。</translation>
    </message>
    <message>
        <source>funnel: only the people of this audience.</source>
        <translation>funnel：仅限此受众中的人员。</translation>
    </message>
    <message>
        <source>funnel, nps: split by a person attribute or as listed.</source>
        <translation>funnel、nps：按人员属性或所列方式细分。</translation>
    </message>
    <message>
        <source>retention: the activity type that starts a cohort.</source>
        <translation>retention：开始一个群组的互动类型。</translation>
    </message>
    <message>
        <source>retention: the activity type that counts as coming back, or any.</source>
        <translation>retention：算作回访的互动类型，或 any。</translation>
    </message>
    <message>
        <source>retention: week or month (default).</source>
        <translation>retention：week 或 month（默认）。</translation>
    </message>
    <message>
        <source>retention: number of periods (default 12).</source>
        <translation>retention：周期数（默认 12）。</translation>
    </message>
    <message>
        <source>new, info, import, export, funnel, retention, nps or levels.</source>
        <translation>new、info、import、export、funnel、retention、nps 或 levels。</translation>
    </message>
    <message>
        <source>usage: funnel FILE --steps T1,T2[,...] [--window 30d] [--mode ordered|strict|unordered] [--from DATE] [--to DATE] [--audience NAME] [--breakdown FIELD|campaign] [--json]</source>
        <translation>用法：funnel FILE --steps T1,T2[,...] [--window 30d] [--mode ordered|strict|unordered] [--from DATE] [--to DATE] [--audience NAME] [--breakdown FIELD|campaign] [--json]</translation>
    </message>
    <message>
        <source>usage: retention FILE --start TYPE --return TYPE|any [--period week|month] [--periods N] [--json]</source>
        <translation>用法：retention FILE --start TYPE --return TYPE|any [--period week|month] [--periods N] [--json]</translation>
    </message>
    <message>
        <source>usage: nps FILE [--survey NAME] [--breakdown FIELD|campaign|survey|week|month] [--json]</source>
        <translation>用法：nps FILE [--survey NAME] [--breakdown FIELD|campaign|survey|week|month] [--json]</translation>
    </message>
    <message>
        <source>usage: levels FILE [--json]</source>
        <translation>用法：levels FILE [--json]</translation>
    </message>
    <message>
        <source>nps: only the responses to this survey; import: the survey a survey export&apos;s responses belong to.</source>
        <translation>nps：仅限此问卷的答卷；import：问卷导出文件中的答卷所属的问卷。</translation>
    </message>
    <message>
        <source>import: the file&apos;s format (auto, a platform, or list).</source>
        <translation>import：文件格式（auto、平台名称或 list）。</translation>
    </message>
    <message>
        <source>import: the campaign an event export belongs to.</source>
        <translation>import：活动平台导出文件所属的活动。</translation>
    </message>
    <message>
        <source>import: day/month order of numeric dates.</source>
        <translation>import：数字日期中年、月、日的顺序。</translation>
    </message>
    <message>
        <source>usage: imports FILE [--json]</source>
        <translation>用法：imports FILE [--json]</translation>
    </message>
    <message>
        <source>usage: undo-import FILE</source>
        <translation>用法：undo-import FILE</translation>
    </message>
    <message>
        <source>Commands:
  new FILE [--demo small|medium|large|PEOPLE]   create a project (optionally with a demo community)
  info FILE [--json]                            what a project holds
  import FILE SOURCE [--preset auto|NAME] [--as people|activities|responses] [--mapping MAP.json]
         [--campaign NAME] [--survey NAME] [--date-order mdy|dmy|ymd] [--timezone ZONE]
         [--dry-run] [--json]
                                                import a platform export or a canonical CSV
                                                (all or nothing; --preset list names the platforms)
  imports FILE [--json]                         the imports made, newest last
  undo-import FILE                              undo the newest import as one step
  export FILE --what people|activities|responses --out OUT.csv
                                                write a canonical CSV
  funnel FILE --steps T1,T2[,...] [--window 30d] [--mode ordered|strict|unordered]
         [--from DATE] [--to DATE] [--audience NAME] [--breakdown FIELD|campaign] [--json]
                                                conversion through activity types
  retention FILE --start TYPE --return TYPE|any [--period week|month] [--periods N] [--json]
                                                cohort retention
  nps FILE [--survey NAME] [--breakdown FIELD|campaign|survey|week|month] [--json]
                                                NPS with its margin of error, and CSAT
  levels FILE [--json]                          engagement levels as of now</source>
        <translation>命令：
  new FILE [--demo small|medium|large|PEOPLE]   创建项目（可选填充演示社区）
  info FILE [--json]                            项目包含的内容
  import FILE SOURCE [--preset auto|NAME] [--as people|activities|responses] [--mapping MAP.json]
         [--campaign NAME] [--survey NAME] [--date-order mdy|dmy|ymd] [--timezone ZONE]
         [--dry-run] [--json]
                                                导入平台导出文件或标准 CSV
                                                （全部成功或全部不导入；--preset list 列出支持的平台）
  imports FILE [--json]                         已进行的导入（最新的在最后）
  undo-import FILE                              一步撤销最近一次导入
  export FILE --what people|activities|responses --out OUT.csv
                                                写出标准 CSV
  funnel FILE --steps T1,T2[,...] [--window 30d] [--mode ordered|strict|unordered]
         [--from DATE] [--to DATE] [--audience NAME] [--breakdown FIELD|campaign] [--json]
                                                按互动类型计算转化漏斗
  retention FILE --start TYPE --return TYPE|any [--period week|month] [--periods N] [--json]
                                                群组留存
  nps FILE [--survey NAME] [--breakdown FIELD|campaign|survey|week|month] [--json]
                                                NPS 及其误差范围，以及 CSAT
  levels FILE [--json]                          截至当前的参与度等级</translation>
    </message>
    <message>
        <source>import: the zone of times written without one (default UTC).</source>
        <translation>import：未注明时区的时间所用的时区（默认 UTC）。</translation>
    </message>
    <message>
        <source>usage: import FILE SOURCE [--preset auto|NAME] [--as people|activities|responses] [--mapping MAP.json] [--campaign NAME] [--survey NAME] [--date-order mdy|dmy|ymd] [--timezone ZONE] [--dry-run] [--json]</source>
        <translation>用法：import FILE SOURCE [--preset auto|NAME] [--as people|activities|responses] [--mapping MAP.json] [--campaign NAME] [--survey NAME] [--date-order mdy|dmy|ymd] [--timezone ZONE] [--dry-run] [--json]</translation>
    </message>
</context>
<context>
    <name>rapport::io::DemoCommunity</name>
    <message>
        <source>Unknown demo size “%1”: use small, medium, large or a number of people.</source>
        <translation>未知的演示规模“%1”：请使用 small、medium、large 或人数。</translation>
    </message>
    <message>
        <source>Could not generate the demo community (%1): %2</source>
        <translation>无法生成演示社区（%1）：%2</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>the project already has people; use a new project.</source>
        <translation>项目中已有人员；请使用新项目。</translation>
    </message>
    <message>
        <source>A demo community needs at least one person.</source>
        <translation>演示社区至少需要一个人。</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>答卷</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>calendar moments</source>
        <translation>日历节点</translation>
    </message>
    <message>
        <source>audiences</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>surveys</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>content</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>rapport::io::ImportFormat</name>
    <message>
        <source>“%1” in column “%2” is not a date and time this importer reads</source>
        <translation>“%2”列中的“%1”不是此导入程序能读取的日期时间</translation>
    </message>
    <message>
        <source>Discourse user list</source>
        <translation>Discourse 用户列表</translation>
    </message>
    <message>
        <source>a Discourse system account (%1), not a person</source>
        <translation>Discourse 系统账号（%1），不是真人</translation>
    </message>
    <message>
        <source>a staged Discourse user (%1): created from an email, never signed up</source>
        <translation>Discourse 暂存用户（%1）：由电子邮件自动创建，从未注册</translation>
    </message>
    <message>
        <source>Slack member list</source>
        <translation>Slack 成员列表</translation>
    </message>
    <message>
        <source>a Slack bot (%1), not a person</source>
        <translation>Slack 机器人（%1），不是真人</translation>
    </message>
    <message>
        <source>this element is not a %1 (a JSON object)</source>
        <translation>此元素不是 %1（应为 JSON 对象）</translation>
    </message>
    <message>
        <source>Discord member list (JSON)</source>
        <translation>Discord 成员列表（JSON）</translation>
    </message>
    <message>
        <source>Discord guild member</source>
        <translation>Discord 服务器成员</translation>
    </message>
    <message>
        <source>a Discord bot (%1), not a person</source>
        <translation>Discord 机器人（%1），不是真人</translation>
    </message>
    <message>
        <source>a Discord system account (%1), not a person</source>
        <translation>Discord 系统账号（%1），不是真人</translation>
    </message>
    <message>
        <source>a member without a username</source>
        <translation>没有用户名的成员</translation>
    </message>
    <message>
        <source>a bot account (%1), not a person</source>
        <translation>机器人账号（%1），不是真人</translation>
    </message>
    <message>
        <source>an organisation account (%1), not a person</source>
        <translation>组织账号（%1），不是真人</translation>
    </message>
    <message>
        <source>a mannequin (%1): a placeholder for the author of imported history, not an account</source>
        <translation>占位用户 mannequin（%1）：代表导入历史记录中的作者，并非真实账号</translation>
    </message>
    <message>
        <source>no GitHub account (a deleted user)</source>
        <translation>没有 GitHub 账号（已删除的用户）</translation>
    </message>
    <message>
        <source>GitHub stargazers (JSON)</source>
        <translation>GitHub Star 用户（JSON）</translation>
    </message>
    <message>
        <source>stargazer</source>
        <translation>Star 用户</translation>
    </message>
    <message>
        <source>GitHub user list (JSON)</source>
        <translation>GitHub 用户列表（JSON）</translation>
    </message>
    <message>
        <source>GitHub user</source>
        <translation>GitHub 用户</translation>
    </message>
    <message>
        <source>GitHub contributors (JSON)</source>
        <translation>GitHub 贡献者（JSON）</translation>
    </message>
    <message>
        <source>contributor</source>
        <translation>GitHub 贡献者</translation>
    </message>
    <message>
        <source>a bot&apos;s commits (%1), not a person</source>
        <translation>机器人的提交（%1），不是真人</translation>
    </message>
    <message>
        <source>an anonymous contributor without a usable email (“%1”)</source>
        <translation>匿名贡献者，没有可用的电子邮件（“%1”）</translation>
    </message>
    <message>
        <source>GitHub issues and pull requests (JSON)</source>
        <translation>GitHub Issue 和 Pull Request（JSON）</translation>
    </message>
    <message>
        <source>GitHub issue</source>
        <translation>GitHub Issue</translation>
    </message>
    <message>
        <source>Mailchimp audience export</source>
        <translation>Mailchimp 受众导出文件</translation>
    </message>
    <message>
        <source>HubSpot contacts export</source>
        <translation>HubSpot 联系人导出文件</translation>
    </message>
    <message>
        <source>Eventbrite attendee report</source>
        <translation>Eventbrite 参会者报告</translation>
    </message>
    <message>
        <source>an Eventbrite report without an Email or Order Date column cannot be imported</source>
        <translation>Eventbrite 报告缺少 Email 或 Order Date 列，无法导入</translation>
    </message>
    <message>
        <source>a deleted order</source>
        <translation>已删除的订单</translation>
    </message>
    <message>
        <source>Luma guest list</source>
        <translation>Luma 嘉宾名单</translation>
    </message>
    <message>
        <source>Meetup member list</source>
        <translation>Meetup 成员列表</translation>
    </message>
    <message>
        <source>Meetup event attendee list</source>
        <translation>Meetup 活动参与者名单</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>SurveyMonkey responses export</source>
        <translation>SurveyMonkey 答卷导出文件</translation>
    </message>
    <message>
        <source>Typeform responses export</source>
        <translation>Typeform 答卷导出文件</translation>
    </message>
    <message>
        <source>a partial response (never submitted)</source>
        <translation>未完成的答卷（从未提交）</translation>
    </message>
    <message>
        <source>Microsoft Forms responses</source>
        <translation>Microsoft Forms 答卷</translation>
    </message>
    <message>
        <source>Google Forms responses</source>
        <translation>Google Forms 答卷</translation>
    </message>
</context>
<context>
    <name>rapport::model</name>
    <message>
        <source>An activity needs a person.</source>
        <translation>互动记录必须关联一个人。</translation>
    </message>
    <message>
        <source>“%1” is not a valid activity type: use a lower-case word of letters, digits and &apos;_&apos; (at most 64).</source>
        <translation>“%1”不是有效的互动类型：请使用由小写字母、数字和“_”组成的词（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>An activity needs a valid time between 1970 and 9999.</source>
        <translation>互动记录需要 1970 到 9999 年之间的有效时间。</translation>
    </message>
    <message>
        <source>The value must be a finite number.</source>
        <translation>数值必须是有限数。</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>条件 %1：%2</translation>
    </message>
    <message>
        <source>“%1” is not a person attribute.</source>
        <translation>“%1”不是人员属性。</translation>
    </message>
    <message>
        <source>a value is missing.</source>
        <translation>缺少值。</translation>
    </message>
    <message>
        <source>“%1” is not a valid activity type.</source>
        <translation>“%1”不是有效的互动类型。</translation>
    </message>
    <message>
        <source>the count must be at least 1.</source>
        <translation>次数至少为 1。</translation>
    </message>
    <message>
        <source>the number of days cannot be negative.</source>
        <translation>天数不能为负。</translation>
    </message>
    <message>
        <source>“%1” is not an engagement level.</source>
        <translation>“%1”不是参与度等级。</translation>
    </message>
    <message>
        <source>“%1” is not an NPS category.</source>
        <translation>“%1”不是 NPS 类别。</translation>
    </message>
    <message>
        <source>unknown kind “%1”.</source>
        <translation>未知类型“%1”。</translation>
    </message>
    <message>
        <source>unknown operator “%1”.</source>
        <translation>未知运算符“%1”。</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>“%1”必须是文本。</translation>
    </message>
    <message>
        <source>“campaign” must be text.</source>
        <translation>“campaign”必须是文本。</translation>
    </message>
    <message>
        <source>“%1” is not a campaign id.</source>
        <translation>“%1”不是活动标识符。</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>“%1”必须是整数。</translation>
    </message>
    <message>
        <source>Unknown rule match “%1”: use “all” or “any”.</source>
        <translation>未知的规则匹配方式“%1”：请使用“all”或“any”。</translation>
    </message>
    <message>
        <source>The rule has no list of conditions.</source>
        <translation>规则没有条件列表。</translation>
    </message>
    <message>
        <source>Condition %1 is not an object.</source>
        <translation>条件 %1 不是对象。</translation>
    </message>
    <message>
        <source>An audience needs a name.</source>
        <translation>受众需要名称。</translation>
    </message>
    <message>
        <source>A rule audience needs at least one condition.</source>
        <translation>基于规则的受众至少需要一个条件。</translation>
    </message>
    <message>
        <source>A member has no person id.</source>
        <translation>有成员缺少人员标识符。</translation>
    </message>
    <message>
        <source>A person is listed twice.</source>
        <translation>有人被列出了两次。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负。</translation>
    </message>
    <message>
        <source>“%1” is not a currency code: use three capital letters such as EUR.</source>
        <translation>“%1”不是货币代码：请使用三个大写字母，如 EUR。</translation>
    </message>
    <message>
        <source>An entry has no id.</source>
        <translation>有条目缺少标识符。</translation>
    </message>
    <message>
        <source>An entry is listed twice.</source>
        <translation>有条目被列出了两次。</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>活动需要名称。</translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation>活动的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>目标 %1：%2</translation>
    </message>
    <message>
        <source>A calendar moment needs a name.</source>
        <translation>日历节点需要名称。</translation>
    </message>
    <message>
        <source>A calendar moment needs a start date.</source>
        <translation>日历节点需要开始日期。</translation>
    </message>
    <message>
        <source>A calendar moment needs an end date.</source>
        <translation>日历节点需要结束日期。</translation>
    </message>
    <message>
        <source>The moment ends before it starts.</source>
        <translation>日历节点的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A channel needs a name.</source>
        <translation>渠道需要名称。</translation>
    </message>
    <message>
        <source>A channel needs a kind.</source>
        <translation>渠道需要类型。</translation>
    </message>
    <message>
        <source>The address must be an http or https URL.</source>
        <translation>地址必须是 http 或 https 网址。</translation>
    </message>
    <message>
        <source>A measurement has no date.</source>
        <translation>有测量值缺少日期。</translation>
    </message>
    <message>
        <source>There are two measurements on %1.</source>
        <translation>%1 有两个测量值。</translation>
    </message>
    <message>
        <source>The measurements are not in date order.</source>
        <translation>测量值未按日期排序。</translation>
    </message>
    <message>
        <source>An audience size cannot be negative.</source>
        <translation>受众规模不能为负。</translation>
    </message>
    <message>
        <source>Distribution %1: %2</source>
        <translation>分发 %1：%2</translation>
    </message>
    <message>
        <source>the channel is missing.</source>
        <translation>缺少渠道。</translation>
    </message>
    <message>
        <source>the address must be an http or https URL.</source>
        <translation>地址必须是 http 或 https 网址。</translation>
    </message>
    <message>
        <source>a snapshot has no time.</source>
        <translation>有快照缺少时间。</translation>
    </message>
    <message>
        <source>a counter is negative.</source>
        <translation>有计数为负。</translation>
    </message>
    <message>
        <source>the snapshots are not in time order.</source>
        <translation>快照未按时间排序。</translation>
    </message>
    <message>
        <source>a counter went down.</source>
        <translation>有计数减少了。</translation>
    </message>
    <message>
        <source>A piece needs a title.</source>
        <translation>内容需要标题。</translation>
    </message>
    <message>
        <source>A piece needs at least one author.</source>
        <translation>内容至少需要一位作者。</translation>
    </message>
    <message>
        <source>An author has no person id.</source>
        <translation>有作者缺少人员标识符。</translation>
    </message>
    <message>
        <source>An author is listed twice.</source>
        <translation>有作者被列出了两次。</translation>
    </message>
    <message>
        <source>A link has no target.</source>
        <translation>有链接缺少目标。</translation>
    </message>
    <message>
        <source>A piece cannot link to itself.</source>
        <translation>内容不能链接到自身。</translation>
    </message>
    <message>
        <source>A link is listed twice.</source>
        <translation>有链接被列出了两次。</translation>
    </message>
    <message>
        <source>A series needs a name.</source>
        <translation>系列需要名称。</translation>
    </message>
    <message>
        <source>A goal needs a metric.</source>
        <translation>目标需要指标。</translation>
    </message>
    <message>
        <source>The target must be a finite number.</source>
        <translation>目标值必须是有限数。</translation>
    </message>
    <message>
        <source>An NPS target lies between −100 and 100.</source>
        <translation>NPS 目标值应在 −100 到 100 之间。</translation>
    </message>
    <message>
        <source>The target cannot be negative.</source>
        <translation>目标值不能为负。</translation>
    </message>
    <message>
        <source>A goal needs the start of its period.</source>
        <translation>目标需要周期的开始日期。</translation>
    </message>
    <message>
        <source>A goal needs the end of its period.</source>
        <translation>目标需要周期的结束日期。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>周期的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Only saved people can be merged.</source>
        <translation>只能合并已保存的人员。</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>不能将一个人与其自身合并。</translation>
    </message>
    <message numerus="yes">
        <source>This text is longer than %n characters.</source>
        <translation>
            <numerusform>此文本超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>A person needs a display name or an identity.</source>
        <translation>人员需要显示名称或至少一个身份标识。</translation>
    </message>
    <message>
        <source>The %1 identity “%2” is not valid.</source>
        <translation>%1 身份标识“%2”无效。</translation>
    </message>
    <message>
        <source>The %1 identity “%2” is listed twice.</source>
        <translation>%1 身份标识“%2”被列出了两次。</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>“%1”不是已知的时区。</translation>
    </message>
    <message>
        <source>Marketing consent needs the date it was given.</source>
        <translation>营销同意需要填写同意日期。</translation>
    </message>
    <message>
        <source>A tag is empty.</source>
        <translation>有标签为空。</translation>
    </message>
    <message>
        <source>The tag “%1” is listed twice.</source>
        <translation>标签“%1”被列出了两次。</translation>
    </message>
    <message>
        <source>The notes are longer than 1 MiB.</source>
        <translation>备注超过 1 MiB。</translation>
    </message>
    <message>
        <source>A reward needs a person.</source>
        <translation>奖励必须关联一个人。</translation>
    </message>
    <message>
        <source>A reward needs a date.</source>
        <translation>奖励需要日期。</translation>
    </message>
    <message>
        <source>The value must be a finite number of at least 0.</source>
        <translation>数值必须是不小于 0 的有限数。</translation>
    </message>
    <message>
        <source>A money reward needs a currency code of three capital letters, such as EUR.</source>
        <translation>现金奖励需要由三个大写字母组成的货币代码，如 EUR。</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>问题 %1：%2</translation>
    </message>
    <message>
        <source>the id is missing.</source>
        <translation>缺少标识符。</translation>
    </message>
    <message>
        <source>the id is used twice.</source>
        <translation>标识符被使用了两次。</translation>
    </message>
    <message>
        <source>the text is empty.</source>
        <translation>文本为空。</translation>
    </message>
    <message>
        <source>an option is empty.</source>
        <translation>有选项为空。</translation>
    </message>
    <message>
        <source>a choice needs at least two different options.</source>
        <translation>选择题至少需要两个不同的选项。</translation>
    </message>
    <message>
        <source>a Likert scale has 5 or 7 points.</source>
        <translation>李克特量表应为 5 级或 7 级。</translation>
    </message>
    <message>
        <source>a number is missing.</source>
        <translation>缺少数字。</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3.</source>
        <translation>%1 不在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>only one choice is allowed.</source>
        <translation>只能选择一项。</translation>
    </message>
    <message>
        <source>“%1” is not one of the options.</source>
        <translation>“%1”不是选项之一。</translation>
    </message>
    <message>
        <source>“%1” is chosen twice.</source>
        <translation>“%1”被选择了两次。</translation>
    </message>
    <message>
        <source>A survey needs a name.</source>
        <translation>问卷需要名称。</translation>
    </message>
    <message>
        <source>A survey needs at least one question.</source>
        <translation>问卷至少需要一个问题。</translation>
    </message>
    <message>
        <source>The response belongs to another survey.</source>
        <translation>此答卷属于另一份问卷。</translation>
    </message>
    <message>
        <source>A response needs a submission time.</source>
        <translation>答卷需要提交时间。</translation>
    </message>
    <message>
        <source>An answer is for a question not in the survey.</source>
        <translation>有答案对应的问题不在此问卷中。</translation>
    </message>
    <message>
        <source>“%1” is answered twice.</source>
        <translation>“%1”被回答了两次。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” needs an answer.</source>
        <translation>“%1”需要回答。</translation>
    </message>
</context>
<context>
    <name>rapport::storage</name>
    <message>
        <source>Could not read activity segments.</source>
        <translation>无法读取互动数据段。</translation>
    </message>
    <message>
        <source>Activity segment %1 has an unknown format.</source>
        <translation>互动数据段 %1 的格式未知。</translation>
    </message>
    <message>
        <source>Could not compress an activity segment.</source>
        <translation>无法压缩互动数据段。</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Budget and cost must be in the same currency.</source>
        <translation>预算和成本必须使用相同的货币。</translation>
    </message>
    <message>
        <source>calendar moment</source>
        <translation>日历节点</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>The goal belongs to another campaign.</source>
        <translation>此目标属于另一个活动。</translation>
    </message>
    <message>
        <source>series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” is locked by someone else (%2); open it read-only or save a copy.</source>
        <translation>“%1”已被他人锁定（%2）；请以只读方式打开或另存副本。</translation>
    </message>
    <message>
        <source>“%1” is open by %2 on %3 since %4; open it read-only or save a copy.</source>
        <translation>“%1”自 %4 起已由 %3 上的 %2 打开；请以只读方式打开或另存副本。</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded from schema %2: %3</source>
        <translation>无法将“%1”从架构版本 %2 升级：%3</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2.</source>
        <translation>“%1”已损坏：%2。</translation>
    </message>
    <message>
        <source>the recovery folder “%1” cannot be created</source>
        <translation>无法创建恢复文件夹“%1”</translation>
    </message>
    <message>
        <source>“%1” cannot be opened for editing: its lock file cannot be written (%2); open it read-only instead.</source>
        <translation>无法以编辑方式打开“%1”：无法写入其锁文件（%2）；请改为以只读方式打开。</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes from a session that ended unexpectedly (last change %2).</source>
        <translation>“%1”有来自意外结束的会话的未保存更改（最后更改于 %2）。</translation>
    </message>
    <message>
        <source>The file has been changed on disk since then; recovered work can only be saved as a copy.</source>
        <translation>此后磁盘上的文件已被更改；恢复的工作只能另存为副本。</translation>
    </message>
    <message>
        <source>The unsaved changes to “%1” cannot be recovered: %2</source>
        <translation>无法恢复“%1”的未保存更改：%2</translation>
    </message>
    <message>
        <source>The unsaved changes to “%1” cannot be recovered: %2.</source>
        <translation>无法恢复“%1”的未保存更改：%2。</translation>
    </message>
    <message>
        <source>“%1” is open read-only; save a copy instead.</source>
        <translation>“%1”以只读方式打开；请改为另存副本。</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by someone else since it was opened; save a copy to keep your changes.</source>
        <translation>自打开以来，“%1”已在磁盘上被他人更改；请另存副本以保留您的更改。</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>“%1” is this project&apos;s own file; use Save instead.</source>
        <translation>“%1”就是此项目自身的文件；请改用“保存”。</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Rapport project.</source>
        <translation>“%1”是文件夹，不是 Rapport 项目。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a Rapport project (not an SQLite database).</source>
        <translation>“%1”不是 Rapport 项目（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>“%1” is damaged: its header is incomplete or invalid.</source>
        <translation>“%1”已损坏：文件头不完整或无效。</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Rapport project.</source>
        <translation>“%1”是 SQLite 数据库，但不是 Rapport 项目。</translation>
    </message>
    <message>
        <source>“%1” belongs to another application (application id %2), not Rapport.</source>
        <translation>“%1”属于其他应用程序（应用程序标识 %2），不属于 Rapport。</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Rapport (schema %2); this version reads up to %3.</source>
        <translation>“%1”由更新版本的 Rapport 创建（架构版本 %2）；此版本最高只能读取版本 %3。</translation>
    </message>
    <message>
        <source>“%1” is damaged: it has no schema version.</source>
        <translation>“%1”已损坏：没有架构版本。</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is truncated (%2 of %3 bytes).</source>
        <translation>“%1”已损坏：文件被截断（%3 字节中仅有 %2 字节）。</translation>
    </message>
    <message>
        <source>The question belongs to another survey.</source>
        <translation>此问题属于另一份问卷。</translation>
    </message>
    <message>
        <source>question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Activity columns of different lengths.</source>
        <translation>互动数据列的长度不一致。</translation>
    </message>
    <message>
        <source>A goal with this id exists.</source>
        <translation>已存在使用此标识符的目标。</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>An audience size needs a date and a size ≥ 0.</source>
        <translation>受众规模需要日期和不小于 0 的数值。</translation>
    </message>
    <message>
        <source>The piece has no distribution %1.</source>
        <translation>此内容没有分发 %1。</translation>
    </message>
    <message>
        <source>A snapshot must be later than the last one and its counters must not go down.</source>
        <translation>快照必须晚于上一个快照，且其计数不得减少。</translation>
    </message>
    <message>
        <source>The identity %1 &quot;%2&quot; belongs to someone else.</source>
        <translation>身份标识 %1“%2”属于其他人。</translation>
    </message>
    <message>
        <source>Could not read people.</source>
        <translation>无法读取人员。</translation>
    </message>
    <message>
        <source>A merge needs two different people.</source>
        <translation>合并需要两个不同的人。</translation>
    </message>
    <message>
        <source>One of the people is already merged into someone else.</source>
        <translation>其中一人已被合并到其他人员中。</translation>
    </message>
    <message>
        <source>That person is not merged into the survivor.</source>
        <translation>此人并未被合并到保留的人员中。</translation>
    </message>
    <message>
        <source>The bulk insert is finished.</source>
        <translation>批量插入已结束。</translation>
    </message>
    <message>
        <source>Bulk insertion needs an SQLite connection.</source>
        <translation>批量插入需要 SQLite 连接。</translation>
    </message>
    <message>
        <source>Already exists (%1).</source>
        <translation>已存在（%1）。</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>没有标识符为 %2 的%1。</translation>
    </message>
    <message>
        <source>The %1 was changed by someone else since it was read.</source>
        <translation>读取之后，该%1已被他人更改。</translation>
    </message>
    <message>
        <source>Could not start a savepoint.</source>
        <translation>无法创建保存点。</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>response</source>
        <translation>答卷</translation>
    </message>
    <message>
        <source>Could not read survey responses.</source>
        <translation>无法读取问卷答卷。</translation>
    </message>
</context>
<context>
    <name>rapport::storage::ActivitySegmentCodec</name>
    <message>
        <source>Damaged activity segment: %1</source>
        <translation>互动数据段已损坏：%1</translation>
    </message>
</context>
<context>
    <name>rapport::storage::EngineLoader</name>
    <message>
        <source>the project is not an open SQLite database</source>
        <translation>项目不是已打开的 SQLite 数据库</translation>
    </message>
    <message>
        <source>audience “%1”: the condition “%2” is not supported here yet</source>
        <translation>受众“%1”：此处尚不支持条件“%2”</translation>
    </message>
    <message>
        <source>no audience called “%1”</source>
        <translation>没有名为“%1”的受众</translation>
    </message>
    <message>
        <source>audience “%1”: its members cannot be read</source>
        <translation>受众“%1”：无法读取其成员</translation>
    </message>
    <message>
        <source>the project is too large to analyse: %1</source>
        <translation>项目过大，无法分析：%1</translation>
    </message>
    <message>
        <source>there is not enough memory to analyse the project</source>
        <translation>内存不足，无法分析项目</translation>
    </message>
    <message>
        <source>audience “%1”: the condition “%2”: %3</source>
        <translation>受众“%1”：条件“%2”：%3</translation>
    </message>
    <message>
        <source>its campaign no longer exists</source>
        <translation>它指定的活动已不存在</translation>
    </message>
    <message>
        <source>“%1” is not a level (Observer, Participant, Contributor, Advocate)</source>
        <translation>“%1”不是参与度等级（Observer、Participant、Contributor、Advocate）</translation>
    </message>
    <message>
        <source>no level given</source>
        <translation>未指定等级</translation>
    </message>
    <message>
        <source>levels are compared, not searched</source>
        <translation>等级只能比较，不能按文字搜索</translation>
    </message>
    <message>
        <source>“%1” is not promoter, passive or detractor</source>
        <translation>“%1”不是 promoter、passive 或 detractor</translation>
    </message>
    <message>
        <source>a category is equal or not</source>
        <translation>类别只能用“等于”或“不等于”</translation>
    </message>
</context>
<context>
    <name>rapport::storage::ProjectSummary</name>
    <message>
        <source>Could not count: %1</source>
        <translation>无法计数：%1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DialogProjectPrompts</name>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 已存在。请选择其他名称，或者直接打开它。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Project in Use</source>
        <translation>项目正在使用中</translation>
    </message>
    <message>
        <source>%1 is open on another computer or by another user.</source>
        <translation>%1 已在另一台计算机上或被其他用户打开。</translation>
    </message>
    <message>
        <source>Held by %1. You can open it read-only: you will see the project but cannot save changes.</source>
        <translation>持有者：%1。您可以以只读方式打开：能查看项目，但无法保存更改。</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Recover unsaved work from %1?</source>
        <translation>要恢复 %1 的未保存工作吗？</translation>
    </message>
    <message>
        <source>%1 was not closed properly. Recovering continues with the changes that were not saved; discarding opens the file as it was last saved.</source>
        <translation>%1 上次未正常关闭。恢复将继续使用未保存的更改；丢弃则打开上次保存时的文件。</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it.</source>
        <translation>自您打开以来，%1 已被他人更改。</translation>
    </message>
    <message>
        <source>Saving now would overwrite their changes. Save your work as a copy instead, then compare the two.</source>
        <translation>现在保存会覆盖他们的更改。请将您的工作另存为副本，再对比两者。</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>关闭前要保存对 %1 的更改吗？</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>关于 Rapport(&amp;A)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Read-only: held by %1. Changes cannot be saved.</source>
        <translation>只读：由 %1 持有。更改无法保存。</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved.</source>
        <translation>只读：更改无法保存。</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>%1 (read-only) — Rapport</source>
        <translation>%1（只读）— Rapport</translation>
    </message>
    <message>
        <source>%1[*] — Rapport</source>
        <translation>%1[*] — Rapport</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>关于 Rapport</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Community and developer-relations analytics for the desktop.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;面向桌面的社区与开发者关系分析工具。&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PeopleView</name>
    <message>
        <source>No people in this project yet.</source>
        <translation>此项目中还没有人员。</translation>
    </message>
    <message>
        <source>Import people from a CSV file on the command line:
rapport-cli import PROJECT.rapport people.csv --as people</source>
        <translation>可在命令行中从 CSV 文件导入人员：
rapport-cli import PROJECT.rapport people.csv --as people</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProjectController</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new project file</source>
        <translation>创建新的项目文件</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>打开项目文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Could Not Create Project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Recovered unsaved work in %1</source>
        <translation>已恢复 %1 中未保存的工作</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Could Not Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could Not Save Project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>%1 (my copy).rapport</source>
        <comment>file name of a copy</comment>
        <translation>%1（我的副本）.rapport</translation>
    </message>
    <message>
        <source>Could Not Save a Copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>已另存副本为 %1</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProjectTexts</name>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <comment>lock holder</comment>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>%1 on %2 since %3</source>
        <comment>lock holder: user, computer, time</comment>
        <translation>%2 上的 %1，自 %3 起</translation>
    </message>
    <message>
        <source>Rapport projects (*.rapport)</source>
        <translation>Rapport 项目 (*.rapport)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::WelcomePanel</name>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Open a project file or create a new one. A project holds your community: people, activities, campaigns and surveys.</source>
        <translation>打开项目文件或新建一个项目。项目保存您的社区：人员、互动、活动和问卷。</translation>
    </message>
</context>
</TS>

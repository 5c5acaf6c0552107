<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiClient</name>
    <message>
        <source>the token is not sent to %1 over unencrypted http; use an https address</source>
        <translation>不会通过未加密的 http 将令牌发送到 %1；请使用 https 地址</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: the API&apos;s rate limit is used up until %2; sync again then</source>
        <translation>%1：API 速率限制额度已用尽，将于 %2 恢复；请届时再同步</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the API&apos;s rate limit (%n s)…</source>
        <translation>
            <numerusform>正在等待 API 速率限制解除（%n 秒）…</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>无响应（%1）</translation>
    </message>
    <message>
        <source>%1: the API&apos;s rate limit is used up until %2 (HTTP %3); sync again then, or give the source a token, which raises the limit</source>
        <translation>%1：API 速率限制额度已用尽，将于 %2 恢复（HTTP %3）；请届时再同步，或为此数据源提供令牌以提高限额</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>服务器返回 HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1: the credentials were refused (HTTP 401%2); store a new token for this source</source>
        <translation>%1：凭据被拒绝（HTTP 401%2）；请为此数据源存储新的令牌</translation>
    </message>
    <message>
        <source>%1: not found (HTTP 404); check the repository or forum address, and that the token may read it</source>
        <translation>%1：未找到（HTTP 404）；请检查仓库或论坛地址，并确认令牌有权读取它</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2%3</source>
        <translation>%1：服务器返回 HTTP %2%3</translation>
    </message>
    <message numerus="yes">
        <source>the connection broke off after %n bytes (%1)</source>
        <translation>
            <numerusform>连接在传输 %n 字节后中断（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>响应不是有效的 JSON（%1，位于第 %2 字节，共 %3 字节）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (tried %n times)</source>
        <translation>
            <numerusform>%1：%2（已尝试 %n 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignTexts</name>
    <message>
        <source>Event</source>
        <translation>线下活动</translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation>聚会</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>大会</translation>
    </message>
    <message>
        <source>Content series</source>
        <translation>内容系列</translation>
    </message>
    <message>
        <source>Hackathon</source>
        <translation>黑客松</translation>
    </message>
    <message>
        <source>Ambassador program</source>
        <translation>大使计划</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>版本发布</translation>
    </message>
    <message>
        <source>Hiring peak</source>
        <translation>招聘高峰</translation>
    </message>
    <message>
        <source>Promotion season</source>
        <translation>促销季</translation>
    </message>
    <message>
        <source>Rename campaign “%1”</source>
        <translation>重命名活动“%1”</translation>
    </message>
    <message>
        <source>Change the kind of “%1”</source>
        <translation>更改“%1”的类型</translation>
    </message>
    <message>
        <source>Change the status of “%1”</source>
        <translation>更改“%1”的状态</translation>
    </message>
    <message>
        <source>Change the owner of “%1”</source>
        <translation>更改“%1”的负责人</translation>
    </message>
    <message>
        <source>Change the start of “%1”</source>
        <translation>更改“%1”的开始日期</translation>
    </message>
    <message>
        <source>Change the end of “%1”</source>
        <translation>更改“%1”的结束日期</translation>
    </message>
    <message>
        <source>Change the budget of “%1”</source>
        <translation>更改“%1”的预算</translation>
    </message>
    <message>
        <source>Change the cost of “%1”</source>
        <translation>更改“%1”的成本</translation>
    </message>
    <message>
        <source>Change the currency of “%1”</source>
        <translation>更改“%1”的币种</translation>
    </message>
    <message>
        <source>Change the target audiences of “%1”</source>
        <translation>更改“%1”的目标受众</translation>
    </message>
    <message>
        <source>Change the channels of “%1”</source>
        <translation>更改“%1”的渠道</translation>
    </message>
    <message>
        <source>Change the goals of “%1”</source>
        <translation>更改“%1”的目标</translation>
    </message>
    <message>
        <source>Change the moment of “%1”</source>
        <translation>更改“%1”的日历节点</translation>
    </message>
    <message>
        <source>Change the notes of “%1”</source>
        <translation>更改“%1”的备注</translation>
    </message>
    <message>
        <source>Rename moment “%1”</source>
        <translation>重命名日历节点“%1”</translation>
    </message>
    <message>
        <source>Change the kind of moment “%1”</source>
        <translation>更改日历节点“%1”的类型</translation>
    </message>
    <message>
        <source>Change the dates of moment “%1”</source>
        <translation>更改日历节点“%1”的日期</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>currency code, amount</comment>
        <translation>%1 %2</translation>
    </message>
</context>
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
    <message>
        <source>the import was cancelled</source>
        <translation>导入已取消</translation>
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
    <name>DialogPeoplePrompts</name>
    <message>
        <source>Delete Person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Delete People</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <source>Their identities, tags, rewards and activities go with them. You can undo this.</source>
        <translation>其身份标识、标签、奖励和互动将一并删除。此操作可以撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
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
    <name>FunnelFigures</name>
    <message>
        <source>No breakdown</source>
        <translation>不细分</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Engagement level</source>
        <translation>参与度等级</translation>
    </message>
    <message>
        <source>Campaign of the first step</source>
        <translation>第一步的活动</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>（无活动）</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观察者</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>倡导者</translation>
    </message>
</context>
<context>
    <name>Harvest</name>
    <message>
        <source>%1: item %2: “%3” is not a time</source>
        <translation>%1：第 %2 项：“%3”不是时间</translation>
    </message>
    <message>
        <source>%1: not a Discourse user directory (no directory_items)</source>
        <translation>%1：不是 Discourse 用户目录（没有 directory_items）</translation>
    </message>
    <message>
        <source>a directory entry without a username</source>
        <translation>没有用户名的目录条目</translation>
    </message>
    <message>
        <source>a Discourse system account (%1), not a person</source>
        <translation>Discourse 系统账号（%1），不是真人</translation>
    </message>
    <message>
        <source>%1: not a Discourse post list (no latest_posts)</source>
        <translation>%1：不是 Discourse 帖子列表（没有 latest_posts）</translation>
    </message>
    <message>
        <source>a post by a Discourse system account (%1)</source>
        <translation>Discourse 系统账号（%1）发布的帖子</translation>
    </message>
    <message>
        <source>%1: not a Discourse action list (no user_actions)</source>
        <translation>%1：不是 Discourse 用户动态列表（没有 user_actions）</translation>
    </message>
    <message>
        <source>%1: the answer is not a list of %2</source>
        <translation>%1：响应不是%2列表</translation>
    </message>
    <message>
        <source>%1: item %2 is not a comment</source>
        <translation>%1：第 %2 项不是评论</translation>
    </message>
    <message>
        <source>a comment without a GitHub account (a deleted user)</source>
        <translation>没有 GitHub 账号的评论（已删除的用户）</translation>
    </message>
    <message>
        <source>a bot or organisation account (%1), not a person</source>
        <translation>机器人或组织账号（%1），不是真人</translation>
    </message>
    <message>
        <source>%1: item %2: created_at “%3” is not a time</source>
        <translation>%1：第 %2 项：created_at“%3”不是时间</translation>
    </message>
    <message>
        <source>contributors</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>stargazers</source>
        <translation>Star 用户</translation>
    </message>
    <message>
        <source>issues</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: the pages lead back to a page already read</source>
        <translation>%1：分页链接指回了已读取过的页面</translation>
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
    <message>
        <source>imports can only be redone in a SQLite project</source>
        <translation>只有 SQLite 项目才能重做导入</translation>
    </message>
    <message>
        <source>%1 cannot be redone: %2</source>
        <translation>无法重做 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be redone: its rows in “%2” have changed since it was undone; nothing was changed</source>
        <translation>无法重做 %1：撤销后其在“%2”中的行已发生更改；未做任何更改</translation>
    </message>
    <message>
        <source>there is no import %1 in the log</source>
        <translation>导入日志中没有导入 %1</translation>
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
    <name>KeychainSecretStore</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The system keychain holds no %1.</source>
        <translation>系统钥匙串中没有%1。</translation>
    </message>
    <message>
        <source>The system keychain refused access to the %1.</source>
        <translation>系统钥匙串拒绝访问%1。</translation>
    </message>
    <message>
        <source>The system keychain could not handle the %1.</source>
        <translation>系统钥匙串无法处理%1。</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached or is locked, so the token was neither read nor stored (Rapport never keeps tokens in plain files). Start and unlock a keyring (GNOME Keyring, KWallet or another Secret Service) in your desktop session, then try again.</source>
        <translation>无法访问系统钥匙串或钥匙串已锁定，因此令牌既未读取也未存储（Rapport 从不将令牌保存在普通文件中）。请在桌面会话中启动并解锁一个密钥环（GNOME Keyring、KWallet 或其他 Secret Service），然后重试。</translation>
    </message>
    <message>
        <source>token</source>
        <translation>令牌</translation>
    </message>
</context>
<context>
    <name>PersonDetails</name>
    <message>
        <source>Observer</source>
        <translation>观察者</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>倡导者</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Swag</source>
        <translation>周边礼品</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>表彰</translation>
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
    <name>RecordedEdit</name>
    <message>
        <source>The project cannot be changed (no transaction).</source>
        <translation>无法更改项目（没有事务）。</translation>
    </message>
    <message>
        <source>its rows in “%1” have changed since; nothing was changed</source>
        <translation>其在“%1”中的行此后已发生更改；未做任何更改</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Author statement · %1</source>
        <translation>作者报告 · %1</translation>
    </message>
    <message>
        <source>The reach of %1’s writing in %2, up to %3</source>
        <translation>%1 在 %2 的作品影响力，截至 %3</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>%1 × swag</source>
        <translation>周边礼品 × %1</translation>
    </message>
    <message>
        <source>%1 × recognition</source>
        <translation>表彰 × %1</translation>
    </message>
    <message>
        <source>all time up to %1</source>
        <translation>截至 %1 的全部数据</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>阅读量</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Onward clicks</source>
        <translation>延伸点击</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Distributed on</source>
        <translation>分发渠道</translation>
    </message>
    <message>
        <source>… and %1 more pieces</source>
        <translation>……另有 %1 篇作品</translation>
    </message>
    <message>
        <source>Where your pieces were distributed</source>
        <translation>作品分发渠道</translation>
    </message>
    <message>
        <source>Rewards received</source>
        <translation>获得的奖励</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对应</translation>
    </message>
    <message>
        <source>The latest %1 of %2 rewards</source>
        <translation>最近 %1 项（共 %2 项）奖励</translation>
    </message>
    <message>
        <source>Where readers went next</source>
        <translation>读者的下一站</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <source>Your pieces link to no other piece yet.</source>
        <translation>你的作品尚未链接到其他作品。</translation>
    </message>
    <message>
        <source>From your piece</source>
        <translation>来自你的作品</translation>
    </message>
    <message>
        <source>On to</source>
        <translation>前往</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已触达</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>倡导者</translation>
    </message>
    <message>
        <source>Active people, attended, contributors</source>
        <translation>活跃人数、参加活动人数、贡献者</translation>
    </message>
    <message>
        <source>Distinct people with at least one activity (of any type; of type “attended”; of type “contributed”) dated in the period. A merged person counts once, as the person they were merged into.</source>
        <translation>在期间内至少有一项活动（任意类型；“参加活动”类型；“贡献”类型）的不同人数。被合并的人只计一次，计入合并后的那个人。</translation>
    </message>
    <message>
        <source>NPS and CSAT</source>
        <translation>NPS 与 CSAT</translation>
    </message>
    <message>
        <source>NPS = 100 × (promoters − detractors) ÷ answers to the 0–10 question, promoters 9–10, detractors 0–6; margin of error (95 %) = 1.96 × 100 × √((p + d − (p − d)²) ÷ n). A change is significant when it exceeds √(m₁² + m₂²) of the two margins. CSAT = share of 4 and 5 answers on the 1–5 scale. Responses dated in the period.</source>
        <translation>NPS = 100 ×（推荐者 − 贬损者）÷ 0–10 分题的回答数，推荐者 9–10 分，贬损者 0–6 分；误差范围（95%）= 1.96 × 100 × √((p + d − (p − d)²) ÷ n)。变化超过两个误差范围的 √(m₁² + m₂²) 时视为显著。CSAT = 1–5 分题中 4 分和 5 分回答的占比。仅计期间内提交的回答。</translation>
    </message>
    <message>
        <source>Engagement levels</source>
        <translation>参与度等级</translation>
    </message>
    <message>
        <source>Score = Σ weight(type) × 0.5^(age ÷ 90 days) over a person&apos;s activities up to the moment measured; Observer below 2, Participant from 2, Contributor from 15, Advocate from 50. Weights: spoke 10, contributed 8, authored 8, referred 5, attended 3, posted 2, shared 2, commented 1, registered 1, responded 1, starred 0.5. Measured at the end of the previous period and at the end of this one.</source>
        <translation>得分 = Σ 权重(类型) × 0.5^(时长 ÷ 90 天)，计入测量时刻之前的所有活动；低于 2 为观望者，2 起为参与者，15 起为贡献者，50 起为倡导者。权重：演讲 10、贡献 8、撰稿 8、推荐 5、参加活动 3、发帖 2、分享 2、评论 1、报名 1、答卷 1、加星 0.5。分别在上一期间末和本期间末测量。</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Each goal whose period overlaps the report&apos;s, measured over the goal&apos;s own period for the whole project (a campaign&apos;s goal: that campaign&apos;s activities and survey responses): an activity type counts distinct people; nps and csat as above; reach = views gained by all pieces; advocates = people at the Advocate level at the end of the report&apos;s period. Goals are not filtered by audience.</source>
        <translation>列出周期与报告期间重叠的每个目标，按目标自身的周期在整个项目上衡量（活动目标只计该活动的活动记录和问卷回答）：活动类型计不同人数；nps 与 csat 同上；reach = 所有作品新增的浏览量；advocates = 报告期间末处于倡导者等级的人数。目标不按受众筛选。</translation>
    </message>
    <message>
        <source>Lifecycle funnel</source>
        <translation>生命周期漏斗</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Campaigns running in the period (not cancelled), over all their activities: reached = distinct people with any activity of the campaign, registered and attended = with a “registered” or “attended” activity of it; NPS of the responses to its surveys; cost per attendee = budget ÷ attended (as in the Campaigns area). Ranked by attendance.</source>
        <translation>期间内进行（未取消）的活动，计入其全部活动记录：触达 = 有该活动任意记录的不同人数；报名与出席 = 有该活动“报名”或“参加活动”记录的人数；NPS 来自其问卷的回答；人均成本 = 预算 ÷ 出席人数（与“活动”区域一致）。按出席人数排序。</translation>
    </message>
    <message>
        <source>Content reach</source>
        <translation>内容覆盖</translation>
    </message>
    <message>
        <source>Views gained in the period: per piece, the totals of its last metric snapshot before the period&apos;s end minus those before its start, summed over its distributions. An author&apos;s reach sums their pieces (a piece with two authors counts fully for each); a series&apos; its pieces. Onward clicks are readers sent on to another piece. Content is not filtered by audience.</source>
        <translation>期间内新增的浏览量：每篇作品取期间结束前最后一次指标快照减去期间开始前的快照，并汇总其各分发渠道。作者的覆盖为其作品之和（两位作者合写的作品对每位作者都全额计入）；系列为其作品之和。延伸点击是被引导到其他作品的读者。内容不按受众筛选。</translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation>同期群留存</translation>
    </message>
    <message>
        <source>A person&apos;s cohort is the calendar month (UTC) of their first activity up to the period&apos;s end; they are retained in month k when any activity falls in the cohort&apos;s month + k (month 0: another activity after the first). The last 12 cohorts.</source>
        <translation>一个人的同期群是其首次活动所在的自然月（UTC，截至期间末）；若在同期群月份 + k 的月份内有任意活动，则视为第 k 月留存（第 0 月：首次活动之后的另一项活动）。显示最近 12 个同期群。</translation>
    </message>
    <message>
        <source>Community report</source>
        <translation>社区报告</translation>
    </message>
    <message>
        <source>Community figures for %1</source>
        <translation>%1 社区数据</translation>
    </message>
    <message>
        <source>audience: %1</source>
        <translation>受众：%1</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>NPS and CSAT of the survey responses, month by month</source>
        <translation>问卷回答的 NPS 与 CSAT，按月</translation>
    </message>
    <message>
        <source>Engagement ladder</source>
        <translation>参与度阶梯</translation>
    </message>
    <message>
        <source>People by engagement level at the start and end of %1</source>
        <translation>%1 期初与期末各参与度等级的人数</translation>
    </message>
    <message>
        <source>Top campaigns</source>
        <translation>重点活动</translation>
    </message>
    <message>
        <source>Campaigns running in the period, by attendance</source>
        <translation>期间内进行的活动，按出席人数排序</translation>
    </message>
    <message>
        <source>Views gained in %1 by author and by series</source>
        <translation>%1 按作者和系列统计的新增浏览量</translation>
    </message>
    <message>
        <source>Share of each month&apos;s newcomers active again in the months that follow</source>
        <translation>每月新人在随后各月再次活跃的比例</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>方法说明</translation>
    </message>
    <message>
        <source>How each figure was computed, and from which data</source>
        <translation>各项数据的计算方法及数据来源</translation>
    </message>
    <message>
        <source>Active people</source>
        <translation>活跃人数</translation>
    </message>
    <message>
        <source>Attended an event</source>
        <translation>参加活动人数</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>满意度（CSAT）</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>倡导者</translation>
    </message>
    <message>
        <source>Content views</source>
        <translation>内容浏览量</translation>
    </message>
    <message>
        <source>Compared with the previous %1 days (%2)</source>
        <translation>对比上一个 %1 天（%2）</translation>
    </message>
    <message>
        <source>People in the community</source>
        <translation>社区总人数</translation>
    </message>
    <message>
        <source>People in the audience</source>
        <translation>受众人数</translation>
    </message>
    <message>
        <source>Everyone in the project (merged people once)</source>
        <translation>项目中的所有人（合并的人只计一次）</translation>
    </message>
    <message>
        <source>Audience “%1”</source>
        <translation>受众“%1”</translation>
    </message>
    <message>
        <source>%1 points vs. %2</source>
        <translation>%1 个百分点，上期 %2</translation>
    </message>
    <message>
        <source>%1 % vs. %2</source>
        <translation>%1%，上期 %2</translation>
    </message>
    <message>
        <source>%1 vs. none before</source>
        <translation>%1，上期为零</translation>
    </message>
    <message>
        <source>no figure for the previous period</source>
        <translation>上期无数据</translation>
    </message>
    <message>
        <source>no answers in the period</source>
        <translation>期间内无回答</translation>
    </message>
    <message>
        <source>no data in the period</source>
        <translation>期间内无数据</translation>
    </message>
    <message>
        <source>Significant change (95 % confidence)</source>
        <translation>变化显著（95% 置信度）</translation>
    </message>
    <message>
        <source>Within the margin of error: no clear change</source>
        <translation>在误差范围内：无明显变化</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 份回答</translation>
    </message>
    <message>
        <source>Goals against targets</source>
        <translation>目标完成情况</translation>
    </message>
    <message>
        <source>No goal’s period overlaps this period.</source>
        <translation>没有与本期间重叠的目标。</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>达成值</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>People who %1</source>
        <translation>%1人数</translation>
    </message>
    <message>
        <source>… and %1 more goals in the project</source>
        <translation>……项目中另有 %1 个目标</translation>
    </message>
    <message>
        <source>Filters in force</source>
        <translation>生效的筛选条件</translation>
    </message>
    <message>
        <source>Period (UTC days, both included)</source>
        <translation>期间（UTC 日期，含首尾）</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>对比期间</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Everyone (%1 people)</source>
        <translation>所有人（%1 人）</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1（%2 人）</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人数据</translation>
    </message>
    <message>
        <source>Names included at the sender’s request</source>
        <translation>应发送者要求包含姓名</translation>
    </message>
    <message>
        <source>Left out: no names or emails appear in this report</source>
        <translation>已排除：本报告不含任何姓名或邮箱</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Data snapshot</source>
        <translation>数据快照</translation>
    </message>
    <message>
        <source>Computed at</source>
        <translation>计算时间</translation>
    </message>
    <message>
        <source>Project file last changed</source>
        <translation>项目文件最后修改</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>%1 people, %2 activities, %3 survey responses</source>
        <translation>%1 人，%2 项活动记录，%3 份问卷回答</translation>
    </message>
    <message>
        <source>Content hash (BLAKE2b-256)</source>
        <translation>内容哈希（BLAKE2b-256）</translation>
    </message>
    <message>
        <source>Two reports with the same content hash were computed from the same people, activities, survey responses and content figures.</source>
        <translation>内容哈希相同的两份报告，是基于相同的人员、活动记录、问卷回答和内容数据计算的。</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>受邀</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>参加活动</translation>
    </message>
    <message>
        <source>contributed</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>发帖</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>加星</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>spoke</source>
        <translation>演讲</translation>
    </message>
    <message>
        <source>authored</source>
        <translation>撰稿</translation>
    </message>
    <message>
        <source>responded</source>
        <translation>答卷</translation>
    </message>
    <message>
        <source>rewarded</source>
        <translation>获奖励</translation>
    </message>
    <message>
        <source>1 piece</source>
        <translation>1 篇</translation>
    </message>
    <message>
        <source>%1 pieces</source>
        <translation>%1 篇</translation>
    </message>
    <message>
        <source>d</source>
        <translation>天</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>In audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>people counted</source>
        <translation>计入的人</translation>
    </message>
    <message>
        <source>%1 of the step before</source>
        <translation>上一步的 %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Of audience</source>
        <translation>占受众</translation>
    </message>
    <message>
        <source>Of previous</source>
        <translation>占上一步</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>中位时间</translation>
    </message>
    <message>
        <source>NPS in the period</source>
        <translation>期间 NPS</translation>
    </message>
    <message>
        <source>± %1 points (95 %), %2 answers</source>
        <translation>± %1（95%），%2 份回答</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>推荐者（9–10）</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>中立者（7–8）</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>贬损者（0–6）</translation>
    </message>
    <message>
        <source>CSAT in the period</source>
        <translation>期间 CSAT</translation>
    </message>
    <message>
        <source>%1 of %2 answers were 4 or 5</source>
        <translation>%2 份回答中有 %1 份为 4 或 5 分</translation>
    </message>
    <message>
        <source>NPS by month, with its 95 % margin of error (shaded)</source>
        <translation>每月 NPS 及其 95% 误差范围（阴影）</translation>
    </message>
    <message>
        <source>CSAT by month (share of 4 and 5 answers)</source>
        <translation>每月 CSAT（4 分和 5 分回答的占比）</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观望者</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>Start of period (%1)</source>
        <translation>期初（%1）</translation>
    </message>
    <message>
        <source>End of period (%1)</source>
        <translation>期末（%1）</translation>
    </message>
    <message>
        <source>Moves between levels during the period</source>
        <translation>期间内的等级变化</translation>
    </message>
    <message>
        <source>From \ to</source>
        <translation>从 \ 到</translation>
    </message>
    <message>
        <source>Moved up: %1</source>
        <translation>升级：%1</translation>
    </message>
    <message>
        <source>Moved down: %1</source>
        <translation>降级：%1</translation>
    </message>
    <message>
        <source>Levels come from an engagement score in which recent activity weighs more: people move down when they go quiet. See the methodology page.</source>
        <translation>等级来自参与度得分，近期活动权重更高：沉寂的人会降级。详见方法说明页。</translation>
    </message>
    <message>
        <source>No campaign ran in this period.</source>
        <translation>本期间内没有进行中的活动。</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>NPS (n)</source>
        <translation>NPS（n）</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Per attendee</source>
        <translation>人均成本</translation>
    </message>
    <message>
        <source>The %1 campaigns with the most attendees of %2 in the period.</source>
        <translation>期间内 %2 个活动中出席人数最多的 %1 个。</translation>
    </message>
    <message>
        <source>All %1 campaigns of the period.</source>
        <translation>期间内全部 %1 个活动。</translation>
    </message>
    <message>
        <source>Views gained</source>
        <translation>新增浏览量</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>No views in this period.</source>
        <translation>本期间内没有浏览。</translation>
    </message>
    <message>
        <source>Author %1</source>
        <translation>作者 %1</translation>
    </message>
    <message>
        <source>Top authors by views</source>
        <translation>浏览量最高的作者</translation>
    </message>
    <message>
        <source>Top series by views</source>
        <translation>浏览量最高的系列</translation>
    </message>
    <message>
        <source>Authors are numbered by rank: personal data is left out of this report.</source>
        <translation>作者按排名编号：本报告不包含个人数据。</translation>
    </message>
    <message>
        <source>Nobody started in these months.</source>
        <translation>这些月份没有新人。</translation>
    </message>
    <message>
        <source>First active</source>
        <translation>首次活跃</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>第 %1 月</translation>
    </message>
    <message>
        <source>A cohort is everyone whose first activity fell in that month; a cell is the share of them active again in the month so many months later. Months after the period’s end are left empty.</source>
        <translation>同期群是首次活动在该月的所有人；每格是其中在相应月数之后再次活跃的比例。期间结束之后的月份留空。</translation>
    </message>
    <message>
        <source>any activity</source>
        <translation>任意互动</translation>
    </message>
    <message>
        <source> (campaigns: %1)</source>
        <translation>（活动：%1）</translation>
    </message>
    <message>
        <source> (channels: %1)</source>
        <translation>（渠道：%1）</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>in the steps’ order, with no other activity of the person in between</source>
        <translation>按步骤顺序，且其间此人没有其他互动</translation>
    </message>
    <message>
        <source>in any order</source>
        <translation>不限顺序</translation>
    </message>
    <message>
        <source>in the steps’ order</source>
        <translation>按步骤顺序</translation>
    </message>
    <message>
        <source>From the people in the audience, starting in %1</source>
        <translation>从受众中的人开始，起始于 %1</translation>
    </message>
    <message>
        <source>From the people in the audience to “%1”, starting in %2</source>
        <translation>从受众中的人到“%1”，起始于 %2</translation>
    </message>
    <message>
        <source>A person counts at a step with an activity of one of the types under its name, after one for each earlier step, %1, the first in %2 and the last within %3 of it. Median time is counted from the first step.</source>
        <translation>某人在一个步骤中被计入，需要有该步骤名下某一类型的互动，且此前每个步骤各有一次互动，%1；第一次在 %2 内，最后一次在其后 %3 之内。中位时间从第一步起算。</translation>
    </message>
    <message>
        <source>the period</source>
        <translation>所选期间</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2：%3</translation>
    </message>
    <message>
        <source>The project’s lifecycle steps, as on the dashboard: %1. In audience = the people counted. A person reaches step k with k distinct activities, one of each of steps 1 to k’s types, %2, the first dated in %3 and the last within %4 of it. Conversion is measured from the audience; step rate from the step before; time to convert is the median from the first step.</source>
        <translation>项目的生命周期步骤，与仪表板相同：%1。受众 = 被计入的人。某人到达第 k 步需有 k 次不同的互动，分别属于第 1 至 k 步的类型，%2；第一次发生在 %3 内，最后一次在其后 %4 之内。转化率以受众为基数；步骤转化率以前一步为基数；转化时间为自第一步起的中位数。</translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message>
        <source>Token (not shown): </source>
        <translation>令牌（不显示）：</translation>
    </message>
    <message>
        <source>source: unknown action “%1” (add, list, sync or remove)</source>
        <translation>source：未知操作“%1”（可用 add、list、sync 或 remove）</translation>
    </message>
    <message>
        <source>%1: cannot be opened</source>
        <translation>%1：无法打开</translation>
    </message>
    <message>
        <source>Open it in Rapport to recover or discard that work first.</source>
        <translation>请先在 Rapport 中打开它，恢复或丢弃这些工作。</translation>
    </message>
    <message>
        <source>%1: no token on standard input</source>
        <translation>%1：标准输入中没有令牌</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>usage: source add FILE github NAME --repo OWNER/NAME [--repo ...] [--url API] [--token-stdin] | source add FILE discourse NAME --url https://FORUM [--api-user USER] [--token-stdin]</source>
        <translation>用法：source add FILE github NAME --repo OWNER/NAME [--repo ...] [--url API] [--token-stdin] | source add FILE discourse NAME --url https://FORUM [--api-user USER] [--token-stdin]</translation>
    </message>
    <message>
        <source>source add: “%1” is not a kind of source (github or discourse)</source>
        <translation>source add：“%1”不是数据源类型（应为 github 或 discourse）</translation>
    </message>
    <message>
        <source>source add: a Discourse source needs --url (the forum&apos;s address)</source>
        <translation>source add：Discourse 数据源需要 --url（论坛地址）</translation>
    </message>
    <message>
        <source>source add: “%1” is not a repository (owner/name)</source>
        <translation>source add：“%1”不是仓库（owner/name）</translation>
    </message>
    <message>
        <source>there is already a source named “%1”</source>
        <translation>已存在名为“%1”的数据源</translation>
    </message>
    <message>
        <source>source add: %1</source>
        <translation>source add：%1</translation>
    </message>
    <message>
        <source>Added %1 (%2: %3); its token is in the system keychain.</source>
        <translation>已添加 %1（%2：%3）；其令牌保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Added %1 (%2: %3), without a token.</source>
        <translation>已添加 %1（%2：%3），未设置令牌。</translation>
    </message>
    <message>
        <source>No sources; add one with: source add FILE github NAME --repo OWNER/NAME</source>
        <translation>没有数据源；可用以下命令添加：source add FILE github NAME --repo OWNER/NAME</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5</source>
        <translation>%1  %2  %3  %4  %5</translation>
    </message>
    <message>
        <source>token in keychain</source>
        <translation>令牌在钥匙串中</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>无令牌</translation>
    </message>
    <message>
        <source>%1: no sources to sync; add one with source add</source>
        <translation>%1：没有可同步的数据源；请用 source add 添加</translation>
    </message>
    <message>
        <source>source sync: no source named “%1”</source>
        <translation>source sync：没有名为“%1”的数据源</translation>
    </message>
    <message>
        <source>source sync: --token-stdin needs exactly one source named</source>
        <translation>source sync：使用 --token-stdin 时必须且只能指定一个数据源</translation>
    </message>
    <message>
        <source>  requests:   %1, of which %2 unchanged since the last sync</source>
        <translation>  请求：     %1 次，其中 %2 次自上次同步以来无变化</translation>
    </message>
    <message>
        <source>usage: source remove FILE NAME</source>
        <translation>用法：source remove FILE NAME</translation>
    </message>
    <message>
        <source>source remove: no source named “%1”</source>
        <translation>source remove：没有名为“%1”的数据源</translation>
    </message>
    <message>
        <source>Removed %1; what it synced stays in the project.</source>
        <translation>已移除 %1；已同步的数据仍保留在项目中。</translation>
    </message>
    <message>
        <source>Its token could not be removed from the system keychain: %1</source>
        <translation>无法从系统钥匙串中移除其令牌：%1</translation>
    </message>
    <message>
        <source>Its token was removed from the system keychain.</source>
        <translation>已从系统钥匙串中移除其令牌。</translation>
    </message>
</context>
<context>
    <name>SourceConfig</name>
    <message>
        <source>a source needs a name</source>
        <translation>数据源需要名称</translation>
    </message>
    <message>
        <source>“%1” is not a web address (like https://forum.example.org)</source>
        <translation>“%1”不是网址（例如 https://forum.example.org）</translation>
    </message>
    <message>
        <source>the address must not hold a user name or password; the token goes to the keychain</source>
        <translation>地址中不得包含用户名或密码；令牌应保存在钥匙串中</translation>
    </message>
    <message>
        <source>a GitHub source needs at least one repository (owner/name)</source>
        <translation>GitHub 数据源至少需要一个仓库（owner/name）</translation>
    </message>
    <message>
        <source>“%1” is not a repository (owner/name)</source>
        <translation>“%1”不是仓库（owner/name）</translation>
    </message>
</context>
<context>
    <name>SourceList</name>
    <message>
        <source>there is already a source named “%1”</source>
        <translation>已存在名为“%1”的数据源</translation>
    </message>
</context>
<context>
    <name>SourceSync</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the project is open read-only</source>
        <translation>项目以只读方式打开</translation>
    </message>
    <message>
        <source>its token is not in the system keychain (any more); store it again</source>
        <translation>其令牌已不在系统钥匙串中；请重新存储</translation>
    </message>
    <message>
        <source>the sync was cancelled; the project is unchanged</source>
        <translation>同步已取消；项目未做更改</translation>
    </message>
    <message>
        <source>%1; the project is unchanged</source>
        <translation>%1；项目未做更改</translation>
    </message>
    <message>
        <source>the project cannot be changed (no transaction)</source>
        <translation>无法修改项目（没有事务）</translation>
    </message>
    <message>
        <source>%1 (item %2); the project is unchanged</source>
        <translation>%1（第 %2 项）；项目未做更改</translation>
    </message>
    <message>
        <source>its sync state could not be stored: %1</source>
        <translation>无法保存其同步状态：%1</translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message>
        <source>Give the password with --password-stdin (it is then kept in the keychain) or in PGPASSWORD.</source>
        <translation>请用 --password-stdin 提供密码（之后保存在钥匙串中），或设置 PGPASSWORD。</translation>
    </message>
    <message>
        <source>%1: no password on standard input</source>
        <translation>%1：标准输入中没有密码</translation>
    </message>
    <message>
        <source>The password was not kept in the keychain: %1</source>
        <translation>密码未保存到钥匙串：%1</translation>
    </message>
    <message>
        <source>Content hash (BLAKE2b-256): %1</source>
        <translation>内容哈希（BLAKE2b-256）：%1</translation>
    </message>
    <message>
        <source>%1 rows, %2 MB, %3 s; the counts and the hash of both sides are equal.</source>
        <translation>%1 行，%2 MB，%3 秒；两端的行数和哈希一致。</translation>
    </message>
    <message>
        <source>Published %1 to %2.</source>
        <translation>已将 %1 发布到 %2。</translation>
    </message>
    <message>
        <source>It replaced a project of %1 people.</source>
        <translation>它替换了一个有 %1 人的项目。</translation>
    </message>
    <message>
        <source>Pulled %1 into %2.</source>
        <translation>已将 %1 拉取到 %2。</translation>
    </message>
</context>
<context>
    <name>WorkspaceAccessCommands</name>
    <message>
        <source>workspace grant: the role is viewer or editor, not “%1”</source>
        <translation>workspace grant：角色应为 viewer 或 editor，而不是“%1”</translation>
    </message>
    <message>
        <source>%1: no password in the system keychain (%2); give it with --password-stdin</source>
        <translation>%1：系统钥匙串中没有密码（%2）；请用 --password-stdin 提供</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 may now read %2 (viewer).</source>
        <translation>%1 现在可以查看 %2（查看者）。</translation>
    </message>
    <message>
        <source>%1 may now read and change %2 (editor).</source>
        <translation>%1 现在可以查看和修改 %2（编辑者）。</translation>
    </message>
    <message>
        <source>%1 no longer has access to %2.</source>
        <translation>%1 已不再能访问 %2。</translation>
    </message>
    <message>
        <source>usage: workspace grant URL USER viewer|editor | workspace revoke URL USER | workspace who URL | workspace prune URL [DAYS] [--password-stdin]</source>
        <translation>用法：workspace grant URL USER viewer|editor | workspace revoke URL USER | workspace who URL | workspace prune URL [DAYS] [--password-stdin]</translation>
    </message>
    <message>
        <source>workspace prune: DAYS is a number of days (0 or more), not “%1”</source>
        <translation>workspace prune：DAYS 应为天数（0 或以上），而不是“%1”</translation>
    </message>
    <message>
        <source>Removed %1 change-log entries older than %2 days from %3; copies that had not read them will read the workspace again.</source>
        <translation>已从 %3 删除 %1 条早于 %2 天的更改日志条目；尚未读取这些条目的副本将重新读取工作区。</translation>
    </message>
</context>
<context>
    <name>WorkspaceRows</name>
    <message>
        <source>Cannot read changed rows of “%1” from the workspace: %2</source>
        <translation>无法从工作区读取“%1”中已更改的行：%2</translation>
    </message>
    <message>
        <source>Cannot write the changes of “%1” into the local copy: %2</source>
        <translation>无法将“%1”的更改写入本地副本：%2</translation>
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
    <name>io</name>
    <message>
        <source>report: --pdf OUT.pdf is required</source>
        <translation>report：必须指定 --pdf OUT.pdf</translation>
    </message>
    <message>
        <source>--to %1: not a date (YYYY-MM-DD)</source>
        <translation>--to %1：不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--from %1: not a date (YYYY-MM-DD)</source>
        <translation>--from %1：不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 晚于 --to %2</translation>
    </message>
    <message>
        <source>--lang %1: use en or zh_CN</source>
        <translation>--lang %1：请使用 en 或 zh_CN</translation>
    </message>
    <message>
        <source>--sections: %1</source>
        <translation>--sections：%1</translation>
    </message>
    <message>
        <source>--paper %1: use a4 or letter</source>
        <translation>--paper %1：请使用 a4 或 letter</translation>
    </message>
    <message>
        <source>%1: cannot be opened</source>
        <translation>%1：无法打开</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 KB in %4 s.</source>
        <translation>已写入 %1：%2 页，%3 KB，用时 %4 秒。</translation>
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
        <source>import: the zone of times written without one (default UTC).</source>
        <translation>import：未注明时区的时间所用的时区（默认 UTC）。</translation>
    </message>
    <message>
        <source>usage: import FILE SOURCE [--preset auto|NAME] [--as people|activities|responses] [--mapping MAP.json] [--campaign NAME] [--survey NAME] [--date-order mdy|dmy|ymd] [--timezone ZONE] [--dry-run] [--json]</source>
        <translation>用法：import FILE SOURCE [--preset auto|NAME] [--as people|activities|responses] [--mapping MAP.json] [--campaign NAME] [--survey NAME] [--date-order mdy|dmy|ymd] [--timezone ZONE] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>funnel, report: first day a first step may happen on / of the report (UTC).</source>
        <translation>funnel、report：第一步可发生的最早日期 / 报告的第一天（UTC）。</translation>
    </message>
    <message>
        <source>funnel, report: last day a first step may happen on / of the report (UTC).</source>
        <translation>funnel、report：第一步可发生的最晚日期 / 报告的最后一天（UTC）。</translation>
    </message>
    <message>
        <source>funnel, report: only the people of this audience.</source>
        <translation>funnel、report：仅限此受众中的人员。</translation>
    </message>
    <message>
        <source>source add: a GitHub repository to sync (repeatable).</source>
        <translation>source add：要同步的 GitHub 仓库（可重复指定）。</translation>
    </message>
    <message>
        <source>source add: the forum&apos;s address, or a GitHub Enterprise API root.</source>
        <translation>source add：论坛地址，或 GitHub Enterprise 的 API 根地址。</translation>
    </message>
    <message>
        <source>source add: the Discourse user an API key acts as.</source>
        <translation>source add：API 密钥所代表的 Discourse 用户。</translation>
    </message>
    <message>
        <source>source add, sync: read the token from standard input and keep it in the system keychain.</source>
        <translation>source add、sync：从标准输入读取令牌并保存到系统钥匙串中。</translation>
    </message>
    <message>
        <source>report: the PDF file to write.</source>
        <translation>report：要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>report: the report&apos;s language, en or zh_CN.</source>
        <translation>report：报告语言，en 或 zh_CN。</translation>
    </message>
    <message>
        <source>report: the pages, comma-separated (headline, funnel, satisfaction, engagement, campaigns, content, retention, methodology) or all.</source>
        <translation>report：要包含的页面，以逗号分隔（headline、funnel、satisfaction、engagement、campaigns、content、retention、methodology），或 all。</translation>
    </message>
    <message>
        <source>report: a4 (default) or letter, landscape.</source>
        <translation>report：a4（默认）或 letter，横向。</translation>
    </message>
    <message>
        <source>report: an author statement for the person with this email.</source>
        <translation>report：为使用此电子邮件的人员生成作者报告。</translation>
    </message>
    <message>
        <source>report: show names (left out by default).</source>
        <translation>report：显示姓名（默认不显示）。</translation>
    </message>
    <message>
        <source>usage: source add|list|sync|remove FILE ...</source>
        <translation>用法：source add|list|sync|remove FILE ...</translation>
    </message>
    <message>
        <source>usage: report FILE --pdf OUT.pdf [--from DATE] [--to DATE] [--audience NAME] [--lang en|zh_CN] [--sections LIST] [--paper a4|letter] [--include-personal] [--author EMAIL]</source>
        <translation>用法：report FILE --pdf OUT.pdf [--from DATE] [--to DATE] [--audience NAME] [--lang en|zh_CN] [--sections LIST] [--paper a4|letter] [--include-personal] [--author EMAIL]</translation>
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
  levels FILE [--json]                          engagement levels as of now
  source add FILE github NAME --repo OWNER/NAME [--repo ...] [--url API] [--token-stdin]
  source add FILE discourse NAME --url https://FORUM [--api-user USER] [--token-stdin]
  source list FILE [--json]
  source sync FILE [NAME...] [--token-stdin] [--json]
  source remove FILE NAME
                                                live data sources; tokens live in the system keychain
                                                (--token-stdin reads one from standard input to store it)
  report FILE --pdf OUT.pdf [--from DATE] [--to DATE] [--audience NAME] [--lang en|zh_CN]
         [--sections LIST] [--paper a4|letter] [--include-personal] [--author EMAIL]
                                                the executive PDF report (default: the last 90 days),
                                                or an author&apos;s statement
  publish FILE URL [--replace] [--password-stdin]
                                                copy a project into a team workspace
                                                (URL: postgresql://USER@HOST:PORT/DATABASE)
  pull URL FILE [--password-stdin]              copy a team workspace into a project file
                                                (the password: --password-stdin, the keychain or PGPASSWORD)</source>
        <translation>命令：
  new FILE [--demo small|medium|large|PEOPLE]   创建项目（可选附带演示社区）
  info FILE [--json]                            项目所含的内容
  import FILE SOURCE [--preset auto|NAME] [--as people|activities|responses] [--mapping MAP.json]
         [--campaign NAME] [--survey NAME] [--date-order mdy|dmy|ymd] [--timezone ZONE]
         [--dry-run] [--json]
                                                导入平台导出文件或标准 CSV
                                                （全部导入或全部不导入；--preset list 列出支持的平台）
  imports FILE [--json]                         已进行的导入，最新的排在最后
  undo-import FILE                              一步撤销最新的导入
  export FILE --what people|activities|responses --out OUT.csv
                                                写出标准 CSV
  funnel FILE --steps T1,T2[,...] [--window 30d] [--mode ordered|strict|unordered]
         [--from DATE] [--to DATE] [--audience NAME] [--breakdown FIELD|campaign] [--json]
                                                按互动类型计算转化
  retention FILE --start TYPE --return TYPE|any [--period week|month] [--periods N] [--json]
                                                同期群留存
  nps FILE [--survey NAME] [--breakdown FIELD|campaign|survey|week|month] [--json]
                                                NPS（含误差范围）及 CSAT
  levels FILE [--json]                          截至当前的参与度等级
  source add FILE github NAME --repo OWNER/NAME [--repo ...] [--url API] [--token-stdin]
  source add FILE discourse NAME --url https://FORUM [--api-user USER] [--token-stdin]
  source list FILE [--json]
  source sync FILE [NAME...] [--token-stdin] [--json]
  source remove FILE NAME
                                                实时数据源；令牌保存在系统钥匙串中
                                                （--token-stdin 从标准输入读取令牌并存储）
  report FILE --pdf OUT.pdf [--from DATE] [--to DATE] [--audience NAME] [--lang en|zh_CN]
         [--sections LIST] [--paper a4|letter] [--include-personal] [--author EMAIL]
                                                管理层 PDF 报告（默认：最近 90 天），
                                                或作者报告
  publish FILE URL [--replace] [--password-stdin]
                                                将项目复制到团队工作区
                                                （URL：postgresql://USER@HOST:PORT/DATABASE）
  pull URL FILE [--password-stdin]              将团队工作区复制到项目文件
                                                （密码：--password-stdin、钥匙串或 PGPASSWORD）</translation>
    </message>
    <message>
        <source>usage: publish FILE URL [--replace] [--password-stdin]</source>
        <translation>用法：publish FILE URL [--replace] [--password-stdin]</translation>
    </message>
    <message>
        <source>usage: pull URL FILE [--password-stdin]</source>
        <translation>用法：pull URL FILE [--password-stdin]</translation>
    </message>
    <message>
        <source>Password (not shown): </source>
        <translation>密码（不显示）：</translation>
    </message>
    <message>
        <source>publish: replace the project the workspace holds.</source>
        <translation>publish：替换工作区中已有的项目。</translation>
    </message>
    <message>
        <source>publish, pull, workspace: read the workspace password from standard input and keep it in the system keychain.</source>
        <translation>publish、pull、workspace：从标准输入读取工作区密码，并保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>new, info, import, export, funnel, retention, nps, levels, source, report, publish, pull or workspace.</source>
        <translation>new、info、import、export、funnel、retention、nps、levels、source、report、publish、pull 或 workspace。</translation>
    </message>
    <message>
        <source>  workspace grant URL USER viewer|editor [--password-stdin]
  workspace revoke URL USER [--password-stdin]
  workspace who URL [--password-stdin]
  workspace prune URL [DAYS] [--password-stdin]
                                                who may read (viewer) or change (editor) a team
                                                workspace; prune drops change-log entries older than
                                                DAYS (30); URL is postgresql://OWNER@HOST:PORT/DATABASE,
                                                the owner&apos;s password comes from the system keychain</source>
        <translation>  workspace grant URL USER viewer|editor [--password-stdin]
  workspace revoke URL USER [--password-stdin]
  workspace who URL [--password-stdin]
  workspace prune URL [DAYS] [--password-stdin]
                                                谁可以查看（viewer）或修改（editor）团队工作区；
                                                prune 删除早于 DAYS（30）天的更改日志条目；
                                                URL 为 postgresql://OWNER@HOST:PORT/DATABASE，
                                                所有者的密码取自系统钥匙串</translation>
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
    <message>
        <source>Generating the demo community was cancelled.</source>
        <translation>已取消生成演示社区。</translation>
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
    <message>
        <source>the count cannot be negative.</source>
        <translation>次数不能为负。</translation>
    </message>
    <message>
        <source>The funnel has no list of steps.</source>
        <translation>漏斗没有步骤列表。</translation>
    </message>
    <message>
        <source>Funnel step %1 is malformed.</source>
        <translation>漏斗步骤 %1 格式有误。</translation>
    </message>
    <message>
        <source>Funnel step %1 names an activity type that is not text.</source>
        <translation>漏斗步骤 %1 指定的互动类型不是文本。</translation>
    </message>
    <message>
        <source>Funnel step %1 has campaigns or channels that are not keys.</source>
        <translation>漏斗步骤 %1 中的活动或渠道不是有效的键。</translation>
    </message>
    <message>
        <source>The funnel&apos;s window is not a number of seconds.</source>
        <translation>漏斗的转化窗口不是秒数。</translation>
    </message>
    <message>
        <source>Unknown funnel mode “%1”: use ordered, strict or unordered.</source>
        <translation>未知的漏斗模式“%1”：请使用 ordered、strict 或 unordered。</translation>
    </message>
    <message>
        <source>The funnel&apos;s dates are not ISO dates (YYYY-MM-DD).</source>
        <translation>漏斗的日期不是 ISO 日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>A saved funnel needs a name.</source>
        <translation>已保存的漏斗需要名称。</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>名称过长。</translation>
    </message>
    <message>
        <source>A funnel has 1 to %1 steps.</source>
        <translation>漏斗应有 1 到 %1 个步骤。</translation>
    </message>
    <message>
        <source>The window cannot be negative.</source>
        <translation>转化窗口不能为负。</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>最后一天早于第一天。</translation>
    </message>
</context>
<context>
    <name>rapport::model::FunnelStepName</name>
    <message>
        <source>Reached</source>
        <translation>已触达</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>倡导者</translation>
    </message>
    <message>
        <source>any activity</source>
        <translation>任意互动</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>rapport::report</name>
    <message>
        <source>%1: not a file name for the PDF</source>
        <translation>%1：不是有效的 PDF 文件名</translation>
    </message>
    <message>
        <source>%1: the folder does not exist or cannot be written</source>
        <translation>%1：文件夹不存在或无法写入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rapport::report::AuthorStatement</name>
    <message>
        <source>cannot start drawing the PDF</source>
        <translation>无法开始绘制 PDF</translation>
    </message>
</context>
<context>
    <name>rapport::report::AuthorStatementData</name>
    <message>
        <source>cannot read the people: %1</source>
        <translation>无法读取人员：%1</translation>
    </message>
    <message>
        <source>nobody has the email “%1”</source>
        <translation>没有人使用电子邮件“%1”</translation>
    </message>
    <message>
        <source>“%1” has authored no content</source>
        <translation>“%1”没有撰写过任何内容</translation>
    </message>
</context>
<context>
    <name>rapport::report::PdfInfo</name>
    <message>
        <source>cannot set the PDF&apos;s properties: %1</source>
        <translation>无法设置 PDF 的属性：%1</translation>
    </message>
</context>
<context>
    <name>rapport::report::ReportBuilder</name>
    <message>
        <source>the period is empty: %1 is after %2</source>
        <translation>期间为空：%1 晚于 %2</translation>
    </message>
    <message>
        <source>the report could not be computed: %1</source>
        <translation>无法计算报告：%1</translation>
    </message>
</context>
<context>
    <name>rapport::report::ReportDocument</name>
    <message>
        <source>cannot start drawing the PDF</source>
        <translation>无法开始绘制 PDF</translation>
    </message>
    <message>
        <source>cannot add a page to the PDF</source>
        <translation>无法向 PDF 添加页面</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>rapport::report::ReportExport</name>
    <message>
        <source>no section to print</source>
        <translation>没有可输出的章节</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>rapport::report::ReportLanguage</name>
    <message>
        <source>no Chinese font is installed, so the report would show boxes; install Noto Sans CJK SC (Debian and Ubuntu: fonts-noto-cjk)</source>
        <translation>未安装中文字体，报告中的文字会显示为方框；请安装 Noto Sans CJK SC（Debian 和 Ubuntu：fonts-noto-cjk）</translation>
    </message>
    <message>
        <source>no font is installed</source>
        <translation>未安装任何字体</translation>
    </message>
</context>
<context>
    <name>rapport::report::ReportOptions</name>
    <message>
        <source>unknown section “%1” (sections: %2)</source>
        <translation>未知章节“%1”（可用章节：%2）</translation>
    </message>
    <message>
        <source>no section given</source>
        <translation>未指定章节</translation>
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
    <message>
        <source>the project cannot be read: %1</source>
        <translation>无法读取项目：%1</translation>
    </message>
    <message>
        <source>changes can only be applied to a SQLite project</source>
        <translation>只能对 SQLite 项目应用更改</translation>
    </message>
    <message>
        <source>its rows in “%1” have changed since</source>
        <translation>其在“%1”中的行此后已发生更改</translation>
    </message>
    <message>
        <source>the changes could not be inverted (SQLite error %1)</source>
        <translation>无法反转更改（SQLite 错误 %1）</translation>
    </message>
    <message>
        <source>the changes could not be joined (SQLite error %1)</source>
        <translation>无法合并更改（SQLite 错误 %1）</translation>
    </message>
    <message>
        <source>“%1” is saved from its own window, not from a second connection.</source>
        <translation>“%1”应从其自身的窗口保存，而不是通过第二个连接保存。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened a second time: %2.</source>
        <translation>无法再次打开“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2.</source>
        <translation>无法打开“%1”：%2。</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Could not read people: %1</source>
        <translation>无法读取人员：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>People can only be indexed in a SQLite project.</source>
        <translation>只有 SQLite 项目才能为人员建立索引。</translation>
    </message>
    <message>
        <source>saved funnel</source>
        <translation>已保存的漏斗</translation>
    </message>
    <message>
        <source>A saved funnel is already called “%1”.</source>
        <translation>已有名为“%1”的已保存漏斗。</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>标签不能为空。</translation>
    </message>
    <message numerus="yes">
        <source>A tag is at most %n characters long.</source>
        <translation>
            <numerusform>标签最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The project is not open.</source>
        <translation>项目未打开。</translation>
    </message>
    <message>
        <source>The edit cannot be read (not a changeset).</source>
        <translation>无法读取该编辑（不是变更集）。</translation>
    </message>
    <message>
        <source>The edit cannot be read (a damaged changeset).</source>
        <translation>无法读取该编辑（变更集已损坏）。</translation>
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
    <message>
        <source>loading was cancelled</source>
        <translation>加载已取消</translation>
    </message>
    <message>
        <source>the loaded figures and the project disagree about activity change %1</source>
        <translation>已加载的数据与项目在活动更改 %1 上不一致</translation>
    </message>
    <message>
        <source>the change needs the project loaded again</source>
        <translation>该更改需要重新加载项目</translation>
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
    <name>rapport::ui::AddPeopleDialog</name>
    <message>
        <source>Add People to “%1”</source>
        <translation>向“%1”添加人员</translation>
    </message>
    <message>
        <source>Name, email, company or tag</source>
        <translation>姓名、电子邮件、公司或标签</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>没有与“%1”匹配的人员。</translation>
    </message>
    <message>
        <source>The first %L1 matches; type more to narrow them.</source>
        <translation>仅显示前 %L1 个匹配项；输入更多内容可缩小范围。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::AudienceCommand</name>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>无法撤销或重做“%1”：%2</translation>
    </message>
    <message>
        <source>The project cannot be changed right now.</source>
        <translation>项目当前无法更改。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AudienceController</name>
    <message>
        <source>An audience needs a name.</source>
        <translation>受众需要名称。</translation>
    </message>
    <message>
        <source>The name is too long (at most %L1 characters).</source>
        <translation>名称过长（最多 %L1 个字符）。</translation>
    </message>
    <message>
        <source>There is already an audience called “%1”.</source>
        <translation>已存在名为“%1”的受众。</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>项目为只读。</translation>
    </message>
    <message>
        <source>New audience</source>
        <translation>新受众</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>新列表</translation>
    </message>
    <message>
        <source>Create audience “%1”</source>
        <translation>创建受众“%1”</translation>
    </message>
    <message>
        <source>The audience no longer exists.</source>
        <translation>该受众已不存在。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate audience “%1”</source>
        <translation>创建受众“%1”的副本</translation>
    </message>
    <message>
        <source>Rename audience “%1” to “%2”</source>
        <translation>将受众“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Change the description of “%1”</source>
        <translation>更改“%1”的描述</translation>
    </message>
    <message>
        <source>“%1” is a static list, not a rule.</source>
        <translation>“%1”是静态列表，不是规则。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n people to “%1”</source>
        <translation>
            <numerusform>向“%1”添加 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people from “%1”</source>
        <translation>
            <numerusform>从“%1”移除 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete audience “%1”</source>
        <translation>删除受众“%1”</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AudienceCounter</name>
    <message>
        <source>The project is not loaded yet.</source>
        <translation>项目尚未加载。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AudienceEditor</name>
    <message>
        <source>Show in People</source>
        <translation>在“人员”中显示</translation>
    </message>
    <message>
        <source>What this audience is for (optional)</source>
        <translation>此受众的用途（可选）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>List these people in the People area</source>
        <translation>在“人员”区域中列出这些人</translation>
    </message>
    <message>
        <source>A rule: people are in this audience while they match it.</source>
        <translation>规则：符合规则的人员即属于此受众，并随数据自动更新。</translation>
    </message>
    <message>
        <source>A static list: the people you add, until you remove them.</source>
        <translation>静态列表：包含您添加的人员，直到您将其移除。</translation>
    </message>
    <message>
        <source>Complete the rule to count its people.</source>
        <translation>完善规则后即可统计人数。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Cannot count: %1</source>
        <translation>无法统计：%1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Counting needs the analytics engine.</source>
        <translation>统计需要分析引擎。</translation>
    </message>
    <message>
        <source>Updating with the latest changes…</source>
        <translation>正在根据最新更改进行更新…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AudienceListModel</name>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Static list</source>
        <translation>静态列表</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AudiencePeopleModel</name>
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
</context>
<context>
    <name>rapport::ui::AudiencePeoplePanel</name>
    <message>
        <source>&amp;Add People…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>从列表中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>筛选人员</translation>
    </message>
    <message>
        <source>Add people to this list (Ins)</source>
        <translation>向此列表添加人员（Ins）</translation>
    </message>
    <message>
        <source>Remove the selected people from this list (Del)</source>
        <translation>从此列表中移除所选人员（Del）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 people.</source>
        <translation>正在显示 %L2 人中的 %L1 人。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AudiencesArea</name>
    <message>
        <source>Filter audiences (Ctrl+F)</source>
        <translation>筛选受众（Ctrl+F）</translation>
    </message>
    <message>
        <source>No audiences yet.</source>
        <translation>还没有受众。</translation>
    </message>
    <message>
        <source>An audience is a named group of people: a rule (“backend developers in Germany who attended at least 2 events in the last 90 days”) that stays up to date, or a static list of people you pick.</source>
        <translation>受众是一组有名称的人员：可以是一条始终保持最新的规则（例如“过去 90 天内参加过至少 2 场活动的德国后端开发者”），也可以是由您挑选的静态人员列表。</translation>
    </message>
    <message>
        <source>Select an audience to edit it.</source>
        <translation>选择一个受众以进行编辑。</translation>
    </message>
    <message>
        <source>&amp;New Audience</source>
        <translation>新建受众(&amp;N)</translation>
    </message>
    <message>
        <source>New audience defined by a rule (Ins)</source>
        <translation>新建由规则定义的受众（Ins）</translation>
    </message>
    <message>
        <source>New &amp;Static List</source>
        <translation>新建静态列表(&amp;S)</translation>
    </message>
    <message>
        <source>New audience of people you pick one by one</source>
        <translation>新建由您逐一挑选人员组成的受众</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate the selected audience (Ctrl+D)</source>
        <translation>为所选受众创建副本（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected audience (Del)</source>
        <translation>删除所选受众（Del）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>受众</translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1”, which %n campaign(s) targeted. Undo brings it back.</source>
        <translation>
            <numerusform>已删除“%1”（%n 个活动曾以其为目标受众）。撤销即可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>已删除“%1”。撤销即可恢复。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AuthorsPage</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>内容数</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <source>Onward clicks</source>
        <translation>后续点击</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Co-authors</source>
        <translation>合著者</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>阅读量</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Leads on to</source>
        <translation>引向</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Add Reward…</source>
        <translation>添加奖励…</translation>
    </message>
    <message>
        <source>Show in Pieces</source>
        <translation>在“内容”中显示</translation>
    </message>
    <message>
        <source>Find an author</source>
        <translation>查找作者</translation>
    </message>
    <message>
        <source>No authors yet: the people named as authors of pieces appear here, with the reach and rewards of their work.</source>
        <translation>还没有作者：被署名为内容作者的人员会显示在这里，并附有其作品的触达和奖励情况。</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>篇内容</translation>
    </message>
    <message>
        <source>reach (views)</source>
        <translation>触达（浏览量）</translation>
    </message>
    <message>
        <source>onward clicks to other pieces</source>
        <translation>引向其他内容的后续点击</translation>
    </message>
    <message>
        <source>rewards received</source>
        <translation>已获奖励</translation>
    </message>
    <message>
        <source>Where distributed</source>
        <translation>分发渠道</translation>
    </message>
    <message>
        <source>Onward links</source>
        <translation>后续链接</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Reads %1 · likes %2 · shares %3, over all time; a piece written with others counts fully for each author.</source>
        <translation>累计阅读 %1 · 点赞 %2 · 分享 %3；与他人合著的内容会完整计入每位作者。</translation>
    </message>
    <message>
        <source>Also by %1</source>
        <translation>%1 的其他作品</translation>
    </message>
    <message>
        <source>Pieces (%1)</source>
        <translation>内容（%1）</translation>
    </message>
    <message>
        <source>Onward links (%1)</source>
        <translation>后续链接（%1）</translation>
    </message>
    <message>
        <source>Rewards (%1)</source>
        <translation>奖励（%1）</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignCalendarView</name>
    <message>
        <source>Add moment</source>
        <translation>添加日历节点</translation>
    </message>
    <message>
        <source>Add a release, hiring peak or promotion season (Insert)</source>
        <translation>添加版本发布、招聘高峰或促销季（Insert）</translation>
    </message>
    <message>
        <source>Remove moment</source>
        <translation>移除日历节点</translation>
    </message>
    <message>
        <source>Moments that matter</source>
        <translation>重要节点</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) without a start date are not on the calendar.</source>
        <translation>
            <numerusform>%n 个没有开始日期的活动未显示在日历上。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignEditor</name>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>What is the campaign called?</source>
        <translation>活动名称是什么？</translation>
    </message>
    <message>
        <source>Who runs it?</source>
        <translation>由谁负责？</translation>
    </message>
    <message>
        <source>ISO 4217 currency code of budget and cost, such as EUR</source>
        <translation>预算和成本的 ISO 4217 币种代码，例如 EUR</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>移除目标</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Moment:</source>
        <translation>日历节点(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Audiences:</source>
        <translation>受众(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>No audiences yet: define them in the Audiences area.</source>
        <translation>还没有受众：请在“受众”区域中定义。</translation>
    </message>
    <message>
        <source>No channels yet.</source>
        <translation>还没有渠道。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignListView</name>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>No campaigns yet.</source>
        <translation>还没有活动。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>Plan an event, a meetup, a conference, a content series or a program: press Insert or click New campaign.</source>
        <translation>策划一场活动、聚会、大会、内容系列或计划：按 Insert 键或点击“新建活动”。</translation>
    </message>
    <message>
        <source>No campaign matches the filter.</source>
        <translation>没有与筛选条件匹配的活动。</translation>
    </message>
    <message>
        <source>Change the kind, status or text above, or clear the filter.</source>
        <translation>请更改上方的类型、状态或文字，或清除筛选。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignResultsPanel</name>
    <message>
        <source>%1 of reached</source>
        <translation>占触达人数的 %1</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>触达人数</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>倡导者</translation>
    </message>
    <message>
        <source>People who %1</source>
        <translation>%1的人员</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已触达</translation>
    </message>
    <message>
        <source>Distinct people with any activity recorded for this campaign.</source>
        <translation>为此活动记录过任何互动的去重人数。</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Distinct people with a “registered” activity for this campaign.</source>
        <translation>为此活动记录过“已报名”互动的去重人数。</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已参加</translation>
    </message>
    <message>
        <source>Distinct people with an “attended” activity for this campaign.</source>
        <translation>为此活动记录过“已参加”互动的去重人数。</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Distinct people with a “responded” activity for this campaign.</source>
        <translation>为此活动记录过“已回复”互动的去重人数。</translation>
    </message>
    <message>
        <source>Satisfaction and cost</source>
        <translation>满意度与成本</translation>
    </message>
    <message>
        <source>Net Promoter Score of the answers to this campaign&apos;s surveys: % promoters (9–10) − % detractors (0–6), with its 95 % margin.</source>
        <translation>此活动问卷答案的净推荐值（NPS）：推荐者（9–10 分）占比 − 贬损者（0–6 分）占比，并附 95% 误差范围。</translation>
    </message>
    <message>
        <source>Share of 4 and 5 answers to the satisfaction (1–5) questions of this campaign&apos;s surveys.</source>
        <translation>此活动问卷的满意度问题（1–5 分）中，4 分和 5 分答案所占的比例。</translation>
    </message>
    <message>
        <source>NPS:</source>
        <translation>NPS：</translation>
    </message>
    <message>
        <source>CSAT:</source>
        <translation>CSAT：</translation>
    </message>
    <message>
        <source>Cost per attendee:</source>
        <translation>每位参加者成本：</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>No goals yet: add them in the Details tab.</source>
        <translation>还没有目标：请在“详情”选项卡中添加。</translation>
    </message>
    <message>
        <source>Select a campaign to see its results.</source>
        <translation>选择一个活动以查看其结果。</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>没有结果。</translation>
    </message>
    <message>
        <source>The results cannot be computed: %1</source>
        <translation>无法计算结果：%1</translation>
    </message>
    <message>
        <source>No activity is recorded for this campaign yet. Import its registrations and attendance to see who it reached.</source>
        <translation>此活动尚无互动记录。导入其报名和参加记录，即可查看触达了哪些人。</translation>
    </message>
    <message numerus="yes">
        <source>%1 ± %2 (%Ln responses)</source>
        <translation>
            <numerusform>%1 ± %2（%Ln 份答卷）</numerusform>
        </translation>
    </message>
    <message>
        <source>No NPS answers yet</source>
        <translation>还没有 NPS 答案</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln responses)</source>
        <translation>
            <numerusform>%1（%Ln 份答卷）</numerusform>
        </translation>
    </message>
    <message>
        <source>No CSAT answers yet</source>
        <translation>还没有 CSAT 答案</translation>
    </message>
    <message numerus="yes">
        <source>Budget %1 ÷ %Ln attended</source>
        <translation>
            <numerusform>预算 %1 ÷ %Ln 位参加者</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody attended yet</source>
        <translation>尚无人参加</translation>
    </message>
    <message>
        <source>No budget set</source>
        <translation>未设置预算</translation>
    </message>
    <message>
        <source>Budget ÷ people who attended</source>
        <translation>预算 ÷ 参加人数</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not measured per campaign</source>
        <translation>不按活动衡量</translation>
    </message>
    <message>
        <source>No data yet (target %1)</source>
        <translation>暂无数据（目标 %1）</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>日历节点</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignTimeline</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No dated campaign to show.</source>
        <translation>没有可显示的带日期的活动。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignsArea</name>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Select a campaign to see its details,
or press Insert to plan a new one.</source>
        <translation>选择一个活动以查看其详情，
或按 Insert 键策划新活动。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation>新建活动(&amp;N)</translation>
    </message>
    <message>
        <source>Plan a new campaign (Insert)</source>
        <translation>策划新活动（Insert）</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate the selected campaigns (Ctrl+D)</source>
        <translation>为所选活动创建副本（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected campaigns (Delete; Undo brings them back)</source>
        <translation>删除所选活动（Delete；撤销即可恢复）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Filter by name, owner or notes (Ctrl+F)</source>
        <translation>按名称、负责人或备注筛选（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n campaign(s).</source>
        <translation>
            <numerusform>已复制 %n 个活动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>设置状态(&amp;S)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignsController</name>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>The project is read-only: campaigns cannot be changed.</source>
        <translation>项目为只读：无法更改活动。</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新活动</translation>
    </message>
    <message>
        <source>New campaign “%1”</source>
        <translation>新建活动“%1”</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>已创建“%1”。</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>创建“%1”的副本</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n campaigns</source>
        <translation>
            <numerusform>创建 %n 个活动的副本</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message numerus="yes">
        <source>Duplicated %n campaigns.</source>
        <translation>
            <numerusform>已为 %n 个活动创建副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n campaigns</source>
        <translation>
            <numerusform>删除 %n 个活动</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>已删除“%1”。撤销即可恢复。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n campaigns. Undo brings them back.</source>
        <translation>
            <numerusform>已删除 %n 个活动。撤销即可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <source>Another campaign is already called “%1”.</source>
        <translation>已有另一个活动名为“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Set %n campaigns to %1</source>
        <translation>
            <numerusform>将 %n 个活动设为“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>New moment</source>
        <translation>新日历节点</translation>
    </message>
    <message>
        <source>Add moment “%1”</source>
        <translation>添加日历节点“%1”</translation>
    </message>
    <message>
        <source>Delete moment “%1”</source>
        <translation>删除日历节点“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n moments</source>
        <translation>
            <numerusform>删除 %n 个日历节点</numerusform>
        </translation>
    </message>
    <message>
        <source>The moment no longer exists.</source>
        <translation>该日历节点已不存在。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ChannelController</name>
    <message>
        <source>The project is read-only.</source>
        <translation>项目为只读。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>The channel no longer exists.</source>
        <translation>该渠道已不存在。</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>新渠道</translation>
    </message>
    <message>
        <source>New channel %1</source>
        <translation>新渠道 %1</translation>
    </message>
    <message>
        <source>New channel “%1”</source>
        <translation>新建渠道“%1”</translation>
    </message>
    <message>
        <source>Delete channel “%1”</source>
        <translation>删除渠道“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n channels</source>
        <translation>
            <numerusform>删除 %n 个渠道</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a channel called “%1”.</source>
        <translation>已存在名为“%1”的渠道。</translation>
    </message>
    <message>
        <source>Rename channel to “%1”</source>
        <translation>将渠道重命名为“%1”</translation>
    </message>
    <message>
        <source>Set the kind of “%1”</source>
        <translation>设置“%1”的类型</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1”不是网址。</translation>
    </message>
    <message>
        <source>Set the address of “%1”</source>
        <translation>设置“%1”的地址</translation>
    </message>
    <message>
        <source>“%1” already has a measurement on %2.</source>
        <translation>“%1”在 %2 已有测量值。</translation>
    </message>
    <message>
        <source>An audience size cannot be negative.</source>
        <translation>受众规模不能为负。</translation>
    </message>
    <message>
        <source>Add a size of “%1”</source>
        <translation>添加“%1”的受众规模</translation>
    </message>
    <message>
        <source>The measurement no longer exists.</source>
        <translation>该测量值已不存在。</translation>
    </message>
    <message>
        <source>A measurement needs a date.</source>
        <translation>测量值需要日期。</translation>
    </message>
    <message>
        <source>Change a size of “%1”</source>
        <translation>更改“%1”的受众规模</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n size(s) of “%1”</source>
        <translation>
            <numerusform>删除“%1”的 %n 条受众规模记录</numerusform>
        </translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>新建目标</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n goal(s)</source>
        <translation>
            <numerusform>删除 %n 个目标</numerusform>
        </translation>
    </message>
    <message>
        <source>The goal no longer exists.</source>
        <translation>该目标已不存在。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ChannelTableModel</name>
    <message>
        <source>Since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Followers, members or subscribers at the latest measurement</source>
        <translation>最近一次测量时的关注者、成员或订阅者人数</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测量日期</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ChannelsArea</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>&amp;New Channel</source>
        <translation>新建渠道(&amp;N)</translation>
    </message>
    <message>
        <source>Add a channel (Ins)</source>
        <translation>添加渠道（Ins）</translation>
    </message>
    <message>
        <source>&amp;Delete Channel</source>
        <translation>删除渠道(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected channels with their sizes and content distributions (Del)</source>
        <translation>删除所选渠道及其受众规模和内容分发记录（Del）</translation>
    </message>
    <message>
        <source>&amp;Add Size</source>
        <translation>添加规模(&amp;A)</translation>
    </message>
    <message>
        <source>Record the audience size of today (Ins)</source>
        <translation>记录今天的受众规模（Ins）</translation>
    </message>
    <message>
        <source>&amp;Remove Size</source>
        <translation>删除规模(&amp;R)</translation>
    </message>
    <message>
        <source>New Channel</source>
        <translation>新建渠道</translation>
    </message>
    <message>
        <source>No channels in this project yet.</source>
        <translation>此项目中还没有渠道。</translation>
    </message>
    <message>
        <source>Add the places where you reach people — a blog, a newsletter, an X account, a Discord server — and record their audience over time.</source>
        <translation>添加你触达人群的地方——博客、新闻通讯、X 账号、Discord 服务器——并记录其受众随时间的变化。</translation>
    </message>
    <message>
        <source>Audience of %1</source>
        <translation>%1 的受众</translation>
    </message>
    <message>
        <source>&amp;New Goal</source>
        <translation>新建目标(&amp;N)</translation>
    </message>
    <message>
        <source>Add a goal for this quarter (Ins)</source>
        <translation>为本季度添加目标（Ins）</translation>
    </message>
    <message>
        <source>&amp;Delete Goal</source>
        <translation>删除目标(&amp;D)</translation>
    </message>
    <message>
        <source>New Goal</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>还没有目标。</translation>
    </message>
    <message>
        <source>Set a target for a period — people who attended, NPS, CSAT, advocates — for the whole project or one campaign, and see how far it is reached.</source>
        <translation>为某个周期设定目标——出席人数、NPS、CSAT、倡导者——可针对整个项目或单个活动，并查看完成进度。</translation>
    </message>
    <message>
        <source>Channels &amp; goals</source>
        <translation>渠道与目标</translation>
    </message>
    <message>
        <source>Goal progress cannot be computed: %1</source>
        <translation>无法计算目标进度：%1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ColumnMappingModel</name>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>A survey question</source>
        <translation>问卷问题</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Choose the column that holds the email or a handle (GitHub, X, …): without one, people could not be matched on the next import.</source>
        <translation>请选择包含电子邮件或用户名（GitHub、X 等）的列：否则下次导入时将无法匹配人员。</translation>
    </message>
    <message>
        <source>Choose the column that holds the activity&apos;s “%1”.</source>
        <translation>请选择包含互动“%1”的列。</translation>
    </message>
    <message>
        <source>Choose the column that says who did it: the email or a handle.</source>
        <translation>请选择表明执行者的列：电子邮件或用户名。</translation>
    </message>
    <message>
        <source>Choose the column that holds when each response was submitted (“submitted_at”).</source>
        <translation>请选择包含每份答卷提交时间（“submitted_at”）的列。</translation>
    </message>
    <message>
        <source>Choose at least one column that is a survey question.</source>
        <translation>请至少选择一个问卷问题列。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CommentTableModel</name>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Tags separated by commas group similar comments</source>
        <translation>用逗号分隔多个标签，以便归类相似的评论</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>答卷人</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tag a comment</source>
        <translation>为评论添加标签</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CommentsView</name>
    <message>
        <source>Search comments (Ctrl+F)</source>
        <translation>搜索评论（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>No comments to read yet.</source>
        <translation>还没有可阅读的评论。</translation>
    </message>
    <message>
        <source>The answers to this survey&apos;s free-text questions show here, to tag and group.</source>
        <translation>此问卷中自由文本问题的回答会显示在这里，供你添加标签和分组。</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>全部评论</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1（%L2）</translation>
    </message>
    <message>
        <source>All free-text questions</source>
        <translation>全部自由文本问题</translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %n comment(s)</source>
        <translation>
            <numerusform>从 %n 条评论中移除标签“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n comment(s) “%1”</source>
        <translation>
            <numerusform>为 %n 条评论添加标签“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Tag for the selected comments:</source>
        <translation>为所选评论添加的标签：</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>移除标签(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Show Only</source>
        <translation>仅显示(&amp;S)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConditionRow</name>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部人员</translation>
    </message>
    <message>
        <source>is</source>
        <translation>是</translation>
    </message>
    <message>
        <source>has</source>
        <translation>含有</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>含有任一</translation>
    </message>
    <message>
        <source>has one containing</source>
        <translation>有一项包含</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不是</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>是以下任一</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>至多</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>不高于</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观察者</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>倡导者</translation>
    </message>
    <message>
        <source>a promoter (9–10)</source>
        <translation>推荐者（9–10）</translation>
    </message>
    <message>
        <source>a passive (7–8)</source>
        <translation>被动者（7–8）</translation>
    </message>
    <message>
        <source>a detractor (0–6)</source>
        <translation>贬损者（0–6）</translation>
    </message>
    <message>
        <source>times</source>
        <translation>次</translation>
    </message>
    <message>
        <source>of</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>in the last </source>
        <translation>最近 </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>at any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>0 counts activities of any time</source>
        <translation>0 表示统计任意时间的互动</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>移除此条件</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Engagement level</source>
        <translation>参与度等级</translation>
    </message>
    <message>
        <source>NPS answer</source>
        <translation>NPS 回答</translation>
    </message>
    <message>
        <source>values separated by ;</source>
        <translation>多个值用 ; 分隔</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>any campaign</source>
        <translation>任意活动</translation>
    </message>
    <message>
        <source>a deleted campaign</source>
        <translation>已删除的活动</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContentArea</name>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>&amp;Pieces</source>
        <translation>内容(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;eries</source>
        <translation>系列(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;wards</source>
        <translation>奖励(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation>作者(&amp;A)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContentController</name>
    <message>
        <source>The piece no longer exists.</source>
        <translation>该内容已不存在。</translation>
    </message>
    <message>
        <source>New piece “%1”</source>
        <translation>新建内容“%1”</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>创建“%1”的副本</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n pieces</source>
        <translation>
            <numerusform>删除 %n 条内容</numerusform>
        </translation>
    </message>
    <message>
        <source>New series “%1”</source>
        <translation>新建系列“%1”</translation>
    </message>
    <message>
        <source>The series no longer exists.</source>
        <translation>该系列已不存在。</translation>
    </message>
    <message>
        <source>Delete series “%1”</source>
        <translation>删除系列“%1”</translation>
    </message>
    <message>
        <source>New reward</source>
        <translation>新建奖励</translation>
    </message>
    <message>
        <source>Edit reward</source>
        <translation>编辑奖励</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n reward(s)</source>
        <translation>
            <numerusform>删除 %n 项奖励</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContentLoopView</name>
    <message>
        <source>Show &amp;all</source>
        <translation>全部显示(&amp;A)</translation>
    </message>
    <message>
        <source>Per piece</source>
        <translation>按内容</translation>
    </message>
    <message>
        <source>Per author</source>
        <translation>按作者</translation>
    </message>
    <message>
        <source>Per series</source>
        <translation>按系列</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>How soon after reading an act counts as activated by the piece</source>
        <translation>阅读后多久内的行动算作由该内容激活</translation>
    </message>
    <message>
        <source>Acted &amp;within:</source>
        <translation>行动时限(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Content loop</source>
        <translation>内容闭环</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>系列 %1</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>People activated after reading, per %1</source>
        <translation>阅读后被激活的人数，按%1</translation>
    </message>
    <message>
        <source>Reach (views), per %1</source>
        <translation>触达（浏览量），按%1</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>激活人数</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>读者数</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>阅读量</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享数</translation>
    </message>
    <message>
        <source>Onward clicks</source>
        <translation>后续点击</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>内容数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>To</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>People who went on</source>
        <translation>继续浏览的人数</translation>
    </message>
    <message>
        <source>Source&apos;s onward clicks</source>
        <translation>来源的后续点击</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 people acted after reading&lt;/b&gt; (of %2 readers) · reward cost per activation &lt;b&gt;%3&lt;/b&gt; (%4 in %5 rewards ÷ %6 people activated in the period) · reach %7 views</source>
        <translation>&lt;b&gt;阅读后有 %1 人采取行动&lt;/b&gt;（共 %2 位读者）· 每次激活的奖励成本 &lt;b&gt;%3&lt;/b&gt;（%5 项奖励共 %4 ÷ 周期内激活的 %6 人）· 触达 %7 次浏览</translation>
    </message>
    <message>
        <source>The content could not be read: %1</source>
        <translation>无法读取内容：%1</translation>
    </message>
    <message>
        <source>Reach counts views, not people: only the date range applies to it.</source>
        <translation>触达统计的是浏览量而非人数：只有日期范围对其生效。</translation>
    </message>
    <message>
        <source>Readers of “%1”</source>
        <translation>“%1”的读者</translation>
    </message>
    <message>
        <source>Activated by “%1”</source>
        <translation>由“%1”激活</translation>
    </message>
    <message>
        <source>Went on from “%1” to “%2”</source>
        <translation>从“%1”继续浏览到“%2”</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Reward cost per activation</source>
        <translation>每次激活的奖励成本</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>People activated</source>
        <translation>激活人数</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContentTableModel</name>
    <message numerus="yes">
        <source>Views over all time, summed over the piece&apos;s %n distribution(s)</source>
        <translation>
            <numerusform>此内容全部 %n 次分发的累计浏览量</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>触达量</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContentTexts</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>演讲</translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>教程</translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation>播客</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>新闻通讯</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Swag</source>
        <translation>周边礼品</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>表彰</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>上一部分</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>下一部分</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>swag (%1)</source>
        <translation>周边礼品（%1）</translation>
    </message>
    <message>
        <source>swag</source>
        <translation>周边礼品</translation>
    </message>
    <message>
        <source>recognition</source>
        <translation>表彰</translation>
    </message>
    <message numerus="yes">
        <source>%n recognition(s)</source>
        <translation>
            <numerusform>%n 次表彰</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n swag item(s)</source>
        <translation>
            <numerusform>%n 件周边礼品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DashboardArea</name>
    <message>
        <source>The project&apos;s data could not be loaded: %1</source>
        <translation>无法加载项目数据：%1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>说明(&amp;E)</translation>
    </message>
    <message>
        <source>How these figures are computed (F1)</source>
        <translation>这些数字是如何计算的（F1）</translation>
    </message>
    <message>
        <source>Export &amp;Image…</source>
        <translation>导出图像(&amp;I)…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG</source>
        <translation>将图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation>复制表格(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the figures as a table (TSV)</source>
        <translation>将数据复制为表格（TSV）</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the figures as a CSV file</source>
        <translation>将数据保存为 CSV 文件</translation>
    </message>
    <message>
        <source>The audience cannot be used: %1</source>
        <translation>无法使用此受众：%1</translation>
    </message>
    <message>
        <source>%1 cannot be computed: %2</source>
        <translation>无法计算%1：%2</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 / %2 人</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Loading the project&apos;s data…</source>
        <translation>正在加载项目数据…</translation>
    </message>
    <message>
        <source>Copied the table of “%1”.</source>
        <translation>已复制“%1”的表格。</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DashboardExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DashboardFilterBar</name>
    <message>
        <source>from the beginning</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>until now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>First day counted</source>
        <translation>计入的第一天</translation>
    </message>
    <message>
        <source>Last day counted</source>
        <translation>计入的最后一天</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>所有活动</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>受众(&amp;A)：</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>活动(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
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
    <message>
        <source>Small: %1 people, a user group</source>
        <translation>小型：%1 人，一个用户组</translation>
    </message>
    <message>
        <source>Medium: %1 people, a developer program</source>
        <translation>中型：%1 人，一个开发者计划</translation>
    </message>
    <message>
        <source>Large: %1 people, a platform community (takes a minute)</source>
        <translation>大型：%1 人，一个平台社区（约需一分钟）</translation>
    </message>
    <message>
        <source>New Demo Project</source>
        <translation>新建演示项目</translation>
    </message>
    <message>
        <source>A made-up developer community to explore Rapport with. Size:</source>
        <translation>一个虚构的开发者社区，供你探索 Rapport。规模：</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DistributionTableModel</name>
    <message>
        <source>Views at the latest snapshot</source>
        <translation>最近一次快照时的浏览量</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <source>Change distribution channel</source>
        <translation>更改分发渠道</translation>
    </message>
    <message>
        <source>Change distribution date</source>
        <translation>更改分发日期</translation>
    </message>
    <message>
        <source>Change distribution address</source>
        <translation>更改分发地址</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DistributionsEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add snapshot</source>
        <translation>添加快照</translation>
    </message>
    <message>
        <source>Add a distribution: where and when the piece was published</source>
        <translation>添加分发：此内容的发布位置和时间</translation>
    </message>
    <message>
        <source>Add the counters read now; they start at the last snapshot&apos;s values</source>
        <translation>添加当前读取的计数；初始值为上一次快照的数值</translation>
    </message>
    <message>
        <source>This project has no channels yet: add one in Channels &amp; goals first.</source>
        <translation>此项目还没有渠道：请先在“渠道与目标”中添加。</translation>
    </message>
    <message>
        <source>Snapshots: choose a distribution above.</source>
        <translation>快照：请在上方选择一个分发。</translation>
    </message>
    <message>
        <source>Snapshots of the distribution on %1: the counters read at each time (they never go down).</source>
        <translation>%1 上的分发快照：每次读取的计数（只增不减）。</translation>
    </message>
    <message>
        <source>Add distribution</source>
        <translation>添加分发</translation>
    </message>
    <message>
        <source>Remove distribution</source>
        <translation>移除分发</translation>
    </message>
    <message>
        <source>Remove snapshot</source>
        <translation>移除快照</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicatesDialog</name>
    <message>
        <source>Same email</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <source>Same handle</source>
        <translation>用户名相同</translation>
    </message>
    <message>
        <source>Similar name, same company</source>
        <translation>姓名相似且公司相同</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共同点</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>合并到此记录</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>交换(&amp;S)</translation>
    </message>
    <message>
        <source>Look &amp;Again</source>
        <translation>重新查找(&amp;A)</translation>
    </message>
    <message>
        <source>Possible Duplicates</source>
        <translation>可能的重复</translation>
    </message>
    <message>
        <source>Merge the second person into the first: both identities and all activities are kept, and Undo separates them again</source>
        <translation>将第二个人合并到第一个人：两者的身份标识和所有互动都会保留，撤销即可再次将其分开</translation>
    </message>
    <message>
        <source>Keep the other record instead</source>
        <translation>改为保留另一条记录</translation>
    </message>
    <message>
        <source>Looking for people who may be the same…</source>
        <translation>正在查找可能是同一人的人员…</translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>无法查找重复：%1</translation>
    </message>
    <message>
        <source>No likely duplicates among %1 people (%2 s).</source>
        <translation>在 %1 个人员中未发现可能的重复（%2 秒）。</translation>
    </message>
    <message>
        <source>%1 pairs that may be the same person, among %2 people (%3 s). The first record of a pair is kept; Merge folds the second into it.</source>
        <translation>在 %2 个人员中发现 %1 对可能是同一人的记录（%3 秒）。每对中的第一条记录将被保留；“合并”会将第二条并入其中。</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Edit ▸ Undo separates them again.</source>
        <translation>已将 %1 合并到 %2。“编辑 ▸ 撤销”可再次将其分开。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ExplainDialog</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>How “%1” is computed</source>
        <translation>“%1”的计算方式</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Filters in force</source>
        <translation>生效的筛选条件</translation>
    </message>
    <message>
        <source>Dates: %1 – %2</source>
        <translation>日期：%1 – %2</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>until now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>受众：%1</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>活动：%1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Snapshot %1: %2 people, %3 activities</source>
        <translation>快照 %1：%2 人，%3 条互动</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>Data last changed %1</source>
        <translation>数据最后更改于 %1</translation>
    </message>
    <message>
        <source>Nothing is shown yet.</source>
        <translation>尚未显示任何内容。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ExportReportDialog</name>
    <message>
        <source>Headline: figures and goals</source>
        <translation>概览：关键数据与目标</translation>
    </message>
    <message>
        <source>Lifecycle funnel</source>
        <translation>生命周期漏斗</translation>
    </message>
    <message>
        <source>Satisfaction (NPS, CSAT)</source>
        <translation>满意度（NPS、CSAT）</translation>
    </message>
    <message>
        <source>Engagement ladder</source>
        <translation>参与度阶梯</translation>
    </message>
    <message>
        <source>Top campaigns</source>
        <translation>重点活动</translation>
    </message>
    <message>
        <source>Content reach</source>
        <translation>内容覆盖</translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation>同期群留存</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>方法说明</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>今年迄今</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>受众(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation>章节(&amp;S)：</translation>
    </message>
    <message>
        <source>A4, landscape</source>
        <translation>A4，横向</translation>
    </message>
    <message>
        <source>US Letter, landscape</source>
        <translation>US Letter，横向</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Include &amp;names of people (personal data)</source>
        <translation>包含人员姓名（个人数据）(&amp;N)</translation>
    </message>
    <message>
        <source>Off by default: a report travels, and names are not needed to read it.</source>
        <translation>默认关闭：报告会被四处传阅，而阅读报告并不需要姓名。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FansView</name>
    <message>
        <source>Observer</source>
        <translation>观察者</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>倡导者</translation>
    </message>
    <message>
        <source>Engagement ladder at each month&apos;s end</source>
        <translation>每月末的参与度阶梯</translation>
    </message>
    <message>
        <source>Moved up and down each month</source>
        <translation>每月的升级与降级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>Show in People</source>
        <translation>在“人员”中显示</translation>
    </message>
    <message>
        <source>Fans</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1（至今）</translation>
    </message>
    <message>
        <source>No month of these dates has begun yet.</source>
        <translation>所选日期内尚无已开始的月份。</translation>
    </message>
    <message>
        <source>Advocates: %1 · Contributors: %2 (as of %3) · Moved up in %4: %5 · Moved down: %6</source>
        <translation>倡导者：%1 · 贡献者：%2（截至 %3）· %4 升级：%5 · 降级：%6</translation>
    </message>
    <message>
        <source>Levels by engagement score (weighted activities, halving every %1 days) as of each month&apos;s end; the last month up to now or the end of the dates. Click a segment or a bar for the people behind it.</source>
        <translation>按参与度得分划分的每月末等级（得分为加权互动数，每 %1 天减半）；最后一个月截至今天或所选日期的结束。点击色段或柱形可查看其中的人员。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Nobody to list for these dates.</source>
        <translation>所选日期内没有可列出的人员。</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <source>Moved up in %1: %2</source>
        <translation>%1 升级：%2</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>仅列出前 %1 人。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FilterComboBox</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FunnelBuilderView</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Own dates for step 1:</source>
        <translation>第 1 步的单独日期：</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>按顺序</translation>
    </message>
    <message>
        <source>Strict (nothing in between)</source>
        <translation>严格（中间无其他互动）</translation>
    </message>
    <message>
        <source>Any order</source>
        <translation>任意顺序</translation>
    </message>
    <message>
        <source>Otherwise the dashboard&apos;s date range bounds the first step</source>
        <translation>否则由仪表板的日期范围限定第一步</translation>
    </message>
    <message>
        <source>Funnel:</source>
        <translation>漏斗：</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>转化窗口：</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>顺序：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>细分：</translation>
    </message>
    <message>
        <source>Funnel builder</source>
        <translation>漏斗构建器</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>New funnel</source>
        <translation>新漏斗</translation>
    </message>
    <message>
        <source>This funnel cannot be computed: %1</source>
        <translation>无法计算此漏斗：%1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>Save funnel “%1”</source>
        <translation>保存漏斗“%1”</translation>
    </message>
    <message>
        <source>Save funnel as</source>
        <translation>将漏斗另存为</translation>
    </message>
    <message>
        <source>Rename funnel</source>
        <translation>重命名漏斗</translation>
    </message>
    <message>
        <source>Rename funnel “%1” to “%2”</source>
        <translation>将漏斗“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Delete the saved funnel “%1”?</source>
        <translation>要删除已保存的漏斗“%1”吗？</translation>
    </message>
    <message>
        <source>Delete funnel “%1”</source>
        <translation>删除漏斗“%1”</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FunnelFiguresPanel</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Overall conversion</source>
        <translation>总转化率</translation>
    </message>
    <message>
        <source>Step conversion</source>
        <translation>步骤转化率</translation>
    </message>
    <message>
        <source>Median time to convert</source>
        <translation>转化时间中位数</translation>
    </message>
    <message>
        <source>Click a step to see its people</source>
        <translation>点击步骤可查看其人员</translation>
    </message>
    <message>
        <source>Click a bar to see its people</source>
        <translation>点击条形可查看其人员</translation>
    </message>
    <message>
        <source>The %1 largest of %2 groups (the table lists all)</source>
        <translation>%2 个分组中最大的 %1 个（表格列出全部分组）</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>按分组</translation>
    </message>
    <message>
        <source>Median time to convert (days)</source>
        <translation>转化时间中位数（天）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FunnelStepEditor</name>
    <message>
        <source>Campaign %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>渠道 %1</translation>
    </message>
    <message>
        <source>The activity types that count for this step (any of them)</source>
        <translation>计入此步骤的互动类型（满足其一即可）</translation>
    </message>
    <message>
        <source>Only activities of this campaign count</source>
        <translation>仅计入此活动的互动</translation>
    </message>
    <message>
        <source>Only activities on this channel count</source>
        <translation>仅计入此渠道上的互动</translation>
    </message>
    <message>
        <source>Any campaign</source>
        <translation>任意活动</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>任意渠道</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FunnelStepListEditor</name>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>移除步骤</translation>
    </message>
</context>
<context>
    <name>rapport::ui::GoalBarsWidget</name>
    <message>
        <source>%1
Click to list these people.</source>
        <translation>%1
点击可列出这些人员。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::GoalTableModel</name>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>rapport::ui::GoalsView</name>
    <message>
        <source>No goals for these dates. Goals are set in Channels &amp; goals or with a campaign.</source>
        <translation>这些日期内没有目标。目标可在“渠道与目标”中或随活动设置。</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>(deleted campaign)</source>
        <translation>（已删除的活动）</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>倡导者</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <source>Goals count the whole community: the audience and channel filters do not change them. Listed: goals whose period overlaps the dates chosen</source>
        <translation>目标统计的是整个社区：受众和渠道筛选不会改变目标。此处列出周期与所选日期有重叠的目标</translation>
    </message>
    <message>
        <source>, of the chosen campaign.</source>
        <translation>（仅限所选活动）。</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source> · %1 %</source>
        <translation> · %1%</translation>
    </message>
    <message>
        <source>No content figures yet</source>
        <translation>暂无内容数据</translation>
    </message>
    <message>
        <source>No answers in the period yet</source>
        <translation>此周期内暂无答案</translation>
    </message>
    <message>
        <source>NPS %1 (target %2)</source>
        <translation>NPS %1（目标值 %2）</translation>
    </message>
    <message>
        <source>%1 % satisfied (target %2 %)</source>
        <translation>满意 %1%（目标值 %2%）</translation>
    </message>
    <message>
        <source>%1 of %2 views</source>
        <translation>%1 / %2 次浏览</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 / %2 人</translation>
    </message>
    <message>
        <source>Goal %1 · %2</source>
        <translation>目标 %1 · %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>周期开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>周期结束</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>进度（%）</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportCheckPage</name>
    <message>
        <source>Check Before Importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>The whole file is read as the import will read it; nothing is changed yet.</source>
        <translation>将按导入时的方式读取整个文件；目前尚未做任何更改。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>The file can be imported. Import it to make these changes; you can undo the whole import afterwards.</source>
        <translation>可以导入此文件。导入后即会应用这些更改；之后可以撤销整个导入。</translation>
    </message>
    <message>
        <source>The file can be imported, but nothing would change.</source>
        <translation>可以导入此文件，但不会产生任何更改。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportCommand</name>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>The import of %1 cannot be undone: a later import must be undone first.</source>
        <translation>无法撤销 %1 的导入：必须先撤销之后的导入。</translation>
    </message>
    <message>
        <source>It could not be taken back in your copy either (%1); open the workspace again to read what the server holds.</source>
        <translation>你的副本中也无法撤回它（%1）；请重新打开工作区以读取服务器上的内容。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import people, activities or survey responses from a platform&apos;s export or a CSV</source>
        <translation>从平台的导出文件或 CSV 导入人员、互动或问卷答卷</translation>
    </message>
    <message>
        <source>Open or create a project first: an import adds to a project.</source>
        <translation>请先打开或创建项目：导入的数据会添加到项目中。</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be imported into it.</source>
        <translation>%1 以只读方式打开：无法向其中导入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportFilePage</name>
    <message>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>An export from an event, community, CRM or survey platform, or Rapport&apos;s own people, activities or responses CSV. You can drop the file here.</source>
        <translation>会议活动、社区、CRM 或问卷平台的导出文件，或 Rapport 自己的人员、互动或答卷 CSV。可以将文件拖放到这里。</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Recognise it from its columns</source>
        <translation>根据列自动识别</translation>
    </message>
    <message>
        <source>Rapport people CSV</source>
        <translation>Rapport 人员 CSV</translation>
    </message>
    <message>
        <source>Rapport activities CSV</source>
        <translation>Rapport 互动 CSV</translation>
    </message>
    <message>
        <source>Rapport survey responses CSV</source>
        <translation>Rapport 问卷答卷 CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xls *.json);;All files (*)</source>
        <translation>导出文件 (*.csv *.tsv *.txt *.xlsx *.xls *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>%1 is a %2.</source>
        <translation>%1 是%2。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法导入此文件。&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportOptionsPage</name>
    <message>
        <source>What each &amp;column is imported as:</source>
        <translation>各列的导入方式(&amp;C)：</translation>
    </message>
    <message>
        <source>As the platform writes them</source>
        <translation>按平台的原始写法</translation>
    </message>
    <message>
        <source>Month/day/year (03/04/2025 is March 4)</source>
        <translation>月/日/年（03/04/2025 为 3 月 4 日）</translation>
    </message>
    <message>
        <source>Day/month/year (03/04/2025 is 3 April)</source>
        <translation>日/月/年（03/04/2025 为 4 月 3 日）</translation>
    </message>
    <message>
        <source>Year/month/day</source>
        <translation>年/月/日</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1（本机）</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation>日期写法(&amp;D)：</translation>
    </message>
    <message>
        <source>Times without a zone are in:</source>
        <translation>未注明时区的时间采用：</translation>
    </message>
    <message>
        <source>Attach to</source>
        <translation>关联到</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>活动(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation>问卷(&amp;S)：</translation>
    </message>
    <message>
        <source>Check the Columns</source>
        <translation>检查列</translation>
    </message>
    <message>
        <source>Check What Is Imported</source>
        <translation>检查导入内容</translation>
    </message>
    <message>
        <source>Rapport found these columns by their names. Choose what a column holds where it guessed wrong, or leave it out.</source>
        <translation>Rapport 已根据列名识别出这些列。如有识别错误，请选择该列的实际内容，或将其排除。</translation>
    </message>
    <message>
        <source>Rapport reads this platform&apos;s export as it is. Nothing is imported until the last step.</source>
        <translation>Rapport 会按原样读取此平台的导出文件。在最后一步之前不会导入任何内容。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>The file&apos;s numeric dates could be read day first or month first. </source>
        <translation>文件中的数字日期既可按日在前读取，也可按月在前读取。</translation>
    </message>
    <message>
        <source>Its times do not say their time zone.</source>
        <translation>其中的时间未注明时区。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Left empty: %1</source>
        <translation>留空：%1</translation>
    </message>
    <message>
        <source>The first &amp;rows, by their line in the file:</source>
        <translation>前几行，按其在文件中的行号(&amp;R)：</translation>
    </message>
    <message>
        <source>The &amp;people in the file, by the line they are on:</source>
        <translation>文件中的人员，按其所在行(&amp;P)：</translation>
    </message>
    <message>
        <source>The &amp;people in the file, by the line they are on (with %1 activities and %2 survey responses):</source>
        <translation>文件中的人员，按其所在行（含 %1 条互动记录和 %2 份问卷答卷）(&amp;P)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported this way.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法以此方式导入此文件。&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportPreviewModel</name>
    <message>
        <source>Line %1 of the file</source>
        <translation>文件第 %1 行</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportReportView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This file cannot be imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Nothing was imported; the project is unchanged. Correct the file and try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;无法导入此文件。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;未导入任何内容；项目未更改。请修正文件后重试。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 new people; %2 already in the project, of whom %3 get new details</source>
        <translation>%1 位新人员；%2 位已在项目中，其中 %3 位将获得新信息</translation>
    </message>
    <message>
        <source>%1 new activities; %2 already there</source>
        <translation>%1 条新互动记录；%2 条已存在</translation>
    </message>
    <message>
        <source>%1 new survey responses; %2 already there</source>
        <translation>%1 份新问卷答卷；%2 份已存在</translation>
    </message>
    <message>
        <source>New: %1 campaigns, %2 channels, %3 surveys, %4 questions</source>
        <translation>新增：%1 个活动、%2 个渠道、%3 份问卷、%4 个问题</translation>
    </message>
    <message>
        <source>%1 people created; %2 matched people already in the project, of whom %3 got new details</source>
        <translation>已创建 %1 位人员；%2 位与项目中的现有人员匹配，其中 %3 位获得了新信息</translation>
    </message>
    <message>
        <source>%1 activities created; %2 were already there</source>
        <translation>已创建 %1 条互动记录；%2 条已存在</translation>
    </message>
    <message>
        <source>%1 survey responses created; %2 were already there</source>
        <translation>已创建 %1 份问卷答卷；%2 份已存在</translation>
    </message>
    <message>
        <source>Created: %1 campaigns, %2 channels, %3 surveys, %4 questions</source>
        <translation>已创建：%1 个活动、%2 个渠道、%3 份问卷、%4 个问题</translation>
    </message>
    <message>
        <source>%1 rows skipped (listed below)</source>
        <translation>跳过了 %1 行（见下方列表）</translation>
    </message>
    <message>
        <source>Reading all %1 rows of %2, the import would make:</source>
        <translation>读取 %2 的全部 %1 行后，导入将产生：</translation>
    </message>
    <message>
        <source>%1 rows of %2 were read:</source>
        <translation>已读取 %2 的 %1 行：</translation>
    </message>
    <message>
        <source>Everything in this file is already in the project: importing it would change nothing.</source>
        <translation>此文件中的所有内容都已在项目中：导入不会带来任何更改。</translation>
    </message>
    <message>
        <source>Everything in this file was already in the project: nothing changed.</source>
        <translation>此文件中的所有内容都已在项目中：没有任何更改。</translation>
    </message>
    <message>
        <source>Skipped rows (the first %1 of %2):</source>
        <translation>跳过的行（%2 行中的前 %1 行）：</translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation>跳过的行：</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Cancel stops the import and leaves the project as it was.</source>
        <translation>点击“取消”将停止导入，项目保持原样。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Nothing was imported; the project is unchanged.</source>
        <translation>未导入任何内容；项目未更改。</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>This import cannot be undone.</source>
        <translation>此导入无法撤销。</translation>
    </message>
    <message>
        <source>To take the whole import back, use Edit › Undo (%1).</source>
        <translation>要撤回整个导入，请使用“编辑 › 撤销”（%1）。</translation>
    </message>
    <message>
        <source>Import Not Sent</source>
        <translation>导入未发送</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportSource</name>
    <message>
        <source>there is no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>Rapport does not recognise its columns as a platform&apos;s export or as one of its own CSVs. Choose its format; for people, activities or survey responses you then say what each column holds.</source>
        <translation>Rapport 无法识别此文件的列：它既不是某个平台的导出文件，也不是 Rapport 自己的 CSV。请选择其格式；如果是人员、互动或问卷答卷，随后还需说明每一列的内容。</translation>
    </message>
    <message>
        <source>no format “%1”</source>
        <translation>没有“%1”格式</translation>
    </message>
    <message>
        <source>Rapport people CSV</source>
        <translation>Rapport 人员 CSV</translation>
    </message>
    <message>
        <source>Rapport activities CSV</source>
        <translation>Rapport 互动 CSV</translation>
    </message>
    <message>
        <source>Rapport survey responses CSV</source>
        <translation>Rapport 问卷答卷 CSV</translation>
    </message>
    <message>
        <source>this is not a %1 (its header lacks the columns that format has)</source>
        <translation>这不是 %1（其表头缺少该格式应有的列）</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LifecycleFunnelView</name>
    <message>
        <source>Edit steps…</source>
        <translation>编辑步骤…</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>细分：</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>In audience</source>
        <translation>受众中</translation>
    </message>
    <message>
        <source>The lifecycle funnel cannot be computed: %1</source>
        <translation>无法计算生命周期漏斗：%1</translation>
    </message>
    <message>
        <source>%1 of the audience</source>
        <translation>占受众的 %1</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>advocates</source>
        <translation>倡导者</translation>
    </message>
    <message>
        <source>Reached %1 of %2 people in the audience (%3).</source>
        <translation>已触达受众 %2 人中的 %1 人（%3）。</translation>
    </message>
    <message>
        <source>Change the lifecycle steps</source>
        <translation>更改生命周期步骤</translation>
    </message>
    <message>
        <source>Lifecycle steps</source>
        <translation>生命周期步骤</translation>
    </message>
    <message>
        <source>The steps could not be saved: %1</source>
        <translation>无法保存步骤：%1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 people in the audience (%4).</source>
        <translation>%1：受众 %3 人中的 %2 人（%4）。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LifecycleStepsDialog</name>
    <message>
        <source>Lifecycle steps</source>
        <translation>生命周期步骤</translation>
    </message>
    <message>
        <source>A person counts for a step with an activity of any of its types (and of its campaign or channel, when one is chosen), in order, within the window after being reached.</source>
        <translation>某人被触达后，在时间窗口内按顺序产生某步骤任一类型的互动（若该步骤指定了活动或渠道，则须属于该活动或渠道），即计入该步骤。</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>时间窗口：</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>按顺序</translation>
    </message>
    <message>
        <source>Strict (nothing in between)</source>
        <translation>严格（中间不能有其他互动）</translation>
    </message>
    <message>
        <source>Any order</source>
        <translation>任意顺序</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>顺序：</translation>
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
    <message>
        <source>Read-only: you may view this workspace and build dashboards and reports, but not change it.</source>
        <translation>只读：你可以查看此工作区、构建仪表板和报告，但不能修改它。</translation>
    </message>
    <message>
        <source>Shared: every change goes to the server</source>
        <translation>共享：每项更改都会发送到服务器</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MomentTableModel</name>
    <message>
        <source>Moment</source>
        <translation>日历节点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>rapport::ui::NewPieceDialog</name>
    <message>
        <source>New Piece</source>
        <translation>新建内容</translation>
    </message>
    <message>
        <source>What the piece is called</source>
        <translation>内容的标题</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>rapport::ui::NewSourceDialog</name>
    <message>
        <source>Add Data Source</source>
        <translation>添加数据源</translation>
    </message>
    <message>
        <source>owner/name, one a line</source>
        <translation>owner/name，每行一个</translation>
    </message>
    <message>
        <source>optional; kept in the system keychain</source>
        <translation>可选；保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repositories:</source>
        <translation>仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>API &amp;user:</source>
        <translation>API 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API 地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Forum &amp;address:</source>
        <translation>论坛地址(&amp;A)：</translation>
    </message>
    <message>
        <source>A personal access token with read access to the repositories</source>
        <translation>对这些仓库具有读取权限的个人访问令牌</translation>
    </message>
    <message>
        <source>An API key, for a private forum</source>
        <translation>API 密钥，用于私有论坛</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <source>a Discourse source needs the forum&apos;s address</source>
        <translation>Discourse 数据源需要论坛地址</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PeopleController</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Person…</source>
        <translation>编辑人员(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>移除标签(&amp;R)…</translation>
    </message>
    <message>
        <source>Set &amp;Company…</source>
        <translation>设置公司(&amp;C)…</translation>
    </message>
    <message>
        <source>Set R&amp;ole…</source>
        <translation>设置职位(&amp;O)…</translation>
    </message>
    <message>
        <source>Set Co&amp;untry…</source>
        <translation>设置国家/地区(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Merge Two People</source>
        <translation>合并两个人员(&amp;M)</translation>
    </message>
    <message>
        <source>Add a person (Ins)</source>
        <translation>添加人员（Ins）</translation>
    </message>
    <message>
        <source>Merge the two selected people: the older record keeps both identities and activities</source>
        <translation>合并所选的两个人员：较早的记录将保留两者的身份标识和互动</translation>
    </message>
    <message>
        <source>The change could not be made.</source>
        <translation>无法进行此更改。</translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <translation>%1 已属于 %2。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 个人员</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln 个人员</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln people</source>
        <translation>
            <numerusform>删除 %Ln 个人员</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings them back.</source>
        <translation>已删除 %1。撤销即可恢复。</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln people “%1”</source>
        <translation>
            <numerusform>为 %Ln 个人员添加标签“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln people “%1”.</source>
        <translation>
            <numerusform>已为 %Ln 个人员添加标签“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %Ln people</source>
        <translation>
            <numerusform>从 %Ln 个人员移除标签“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed tag “%1” from %Ln people.</source>
        <translation>
            <numerusform>已从 %Ln 个人员移除标签“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set company of %Ln people</source>
        <translation>
            <numerusform>设置 %Ln 个人员的公司</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set role of %Ln people</source>
        <translation>
            <numerusform>设置 %Ln 个人员的职位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set country of %Ln people</source>
        <translation>
            <numerusform>设置 %Ln 个人员的国家/地区</numerusform>
        </translation>
    </message>
    <message>
        <source>One of the two people no longer exists.</source>
        <translation>两个人员中有一个已不存在。</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>已将 %1 合并到 %2。</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>移除标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag to give %Ln people:</source>
        <translation>
            <numerusform>要为 %Ln 个人员添加的标签：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to take from %Ln people:</source>
        <translation>
            <numerusform>要从 %Ln 个人员移除的标签：</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Company</source>
        <translation>设置公司</translation>
    </message>
    <message numerus="yes">
        <source>Company of %Ln people (empty clears it):</source>
        <translation>
            <numerusform>%Ln 个人员的公司（留空则清除）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>设置职位</translation>
    </message>
    <message numerus="yes">
        <source>Role of %Ln people (empty clears it):</source>
        <translation>
            <numerusform>%Ln 个人员的职位（留空则清除）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Country</source>
        <translation>设置国家/地区</translation>
    </message>
    <message numerus="yes">
        <source>Country of %Ln people, as a two-letter code such as DE (empty clears it):</source>
        <translation>
            <numerusform>%Ln 个人员的国家/地区，使用两位字母代码，如 DE（留空则清除）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::PeopleFilterBar</name>
    <message>
        <source>Search name, email, handle or company (Ctrl+F)</source>
        <translation>搜索姓名、电子邮件、用户名或公司（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>任意国家/地区</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>任意职位</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>任意公司</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>任意等级</translation>
    </message>
    <message>
        <source>Engagement level as of today (computed when first chosen)</source>
        <translation>截至今天的参与度等级（首次选择时计算）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>清除搜索和筛选条件</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PeopleTableModel</name>
    <message>
        <source>No name: shown by %1</source>
        <translation>无姓名：显示为 %1</translation>
    </message>
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
        <source>Add someone with Ins, or import people from a CSV file on the command line:
rapport-cli import PROJECT.rapport people.csv --as people</source>
        <translation>按 Ins 添加人员，或在命令行中从 CSV 文件导入人员：
rapport-cli import PROJECT.rapport people.csv --as people</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find People</source>
        <translation>查找人员(&amp;F)</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>查找重复(&amp;D)…</translation>
    </message>
    <message>
        <source>People who may be the same: same email, same handle, or a similar name at the same company</source>
        <translation>可能是同一人的人员：电子邮件相同、用户名相同，或同一公司中姓名相似</translation>
    </message>
    <message>
        <source>Indexing people…</source>
        <translation>正在为人员建立索引…</translation>
    </message>
    <message>
        <source>Computing engagement levels…</source>
        <translation>正在计算参与度等级…</translation>
    </message>
    <message>
        <source>%1 of %2 people · %3 ms</source>
        <translation>%1 / %2 个人员 · %3 毫秒</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln 个人员</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln people.</source>
        <translation>
            <numerusform>已复制 %Ln 个人员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as &amp;Audience…</source>
        <translation>另存为受众(&amp;A)…</translation>
    </message>
    <message>
        <source>Keep exactly these people as a static audience</source>
        <translation>将这些人员原样保存为静态受众</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>显示全部(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Showing: %1 — %Ln people</source>
        <translation>
            <numerusform>正在显示：%1 — %Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the audience “%1”.</source>
        <translation>已保存受众“%1”。</translation>
    </message>
    <message>
        <source>Save as Audience</source>
        <translation>另存为受众</translation>
    </message>
    <message>
        <source>Audience name:</source>
        <translation>受众名称：</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PersonDetailPanel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people selected.</source>
        <translation>
            <numerusform>已选择 %Ln 个人员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a person to see their identities, activities, survey answers and rewards.</source>
        <translation>选择一个人员以查看其身份标识、互动、问卷回答和奖励。</translation>
    </message>
    <message>
        <source>No name recorded: shown by their first email or handle</source>
        <translation>未记录姓名：显示为其第一个电子邮件或用户名</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1（得分 %2）</translation>
    </message>
    <message>
        <source>Level unknown</source>
        <translation>等级未知</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;Merged from %Ln other record(s)&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;i&gt;由 %Ln 条其他记录合并而来&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No identities</source>
        <translation>无身份标识</translation>
    </message>
    <message>
        <source>Timeline (%L1)</source>
        <translation>时间线（%L1）</translation>
    </message>
    <message>
        <source>Survey answers (%L1)</source>
        <translation>问卷回答（%L1）</translation>
    </message>
    <message>
        <source>Rewards (%L1)</source>
        <translation>奖励（%L1）</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PersonDialog</name>
    <message>
        <source>Add &amp;identity</source>
        <translation>添加身份标识(&amp;I)</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Works for us</source>
        <translation>本公司员工</translation>
    </message>
    <message>
        <source>Agreed to marketing on</source>
        <translation>同意接收营销信息日期</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. DE</source>
        <translation>两位字母代码，如 DE</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Identities:</source>
        <translation>身份标识：</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>职位(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>国家/地区(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Address or handle</source>
        <translation>地址或用户名</translation>
    </message>
    <message>
        <source>Remove this identity</source>
        <translation>移除此身份标识</translation>
    </message>
    <message>
        <source>Remove identity</source>
        <translation>移除身份标识</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PersonSearchModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PersonSearchWidget</name>
    <message>
        <source>Name or email</source>
        <translation>姓名或电子邮件</translation>
    </message>
    <message>
        <source>Nobody matches.</source>
        <translation>没有匹配项。</translation>
    </message>
    <message>
        <source>The first %1 matches; type more to narrow them.</source>
        <translation>前 %1 个匹配项；继续输入以缩小范围。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PieceEditor</name>
    <message>
        <source>Published on</source>
        <translation>发布于</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <source>Choose a piece on the left to edit it, or press Insert to add one.</source>
        <translation>在左侧选择一项内容进行编辑，或按 Insert 添加新内容。</translation>
    </message>
    <message>
        <source>Where the piece was first distributed; each distribution below has its own address.</source>
        <translation>内容首次分发的位置；下方每个分发渠道都有各自的地址。</translation>
    </message>
    <message>
        <source>Add an author from the project&apos;s people</source>
        <translation>从项目人员中添加作者</translation>
    </message>
    <message>
        <source>Leads on to</source>
        <translation>后续内容</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Piece to link to</source>
        <translation>要链接到的内容</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>系列(&amp;S)：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Links to other pieces</source>
        <translation>指向其他内容的链接</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>分发</translation>
    </message>
    <message>
        <source>No series</source>
        <translation>无系列</translation>
    </message>
    <message>
        <source>none yet: add a distribution below</source>
        <translation>暂无：请在下方添加分发</translation>
    </message>
    <message>
        <source>(unknown person)</source>
        <translation>（未知人员）</translation>
    </message>
    <message>
        <source>(unknown piece)</source>
        <translation>（未知内容）</translation>
    </message>
    <message>
        <source>A piece needs at least one author.</source>
        <translation>内容至少需要一位作者。</translation>
    </message>
    <message>
        <source>Rename piece to “%1”</source>
        <translation>将内容重命名为“%1”</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <source>Change publication date</source>
        <translation>更改发布日期</translation>
    </message>
    <message>
        <source>Change series</source>
        <translation>更改系列</translation>
    </message>
    <message>
        <source>Add Author</source>
        <translation>添加作者</translation>
    </message>
    <message>
        <source>%1 is already an author of this piece.</source>
        <translation>%1 已是此内容的作者。</translation>
    </message>
    <message>
        <source>Add author %1</source>
        <translation>添加作者 %1</translation>
    </message>
    <message>
        <source>Remove author %1</source>
        <translation>移除作者 %1</translation>
    </message>
    <message>
        <source>Choose the piece to link to from the list.</source>
        <translation>请从列表中选择要链接到的内容。</translation>
    </message>
    <message>
        <source>This piece already links to “%1”.</source>
        <translation>此内容已链接到“%1”。</translation>
    </message>
    <message>
        <source>Link to “%1”</source>
        <translation>链接到“%1”</translation>
    </message>
    <message>
        <source>Remove link to “%1”</source>
        <translation>移除指向“%1”的链接</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PiecesPage</name>
    <message>
        <source>Find pieces by title, series or author (Ctrl+F)</source>
        <translation>按标题、系列或作者查找内容（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New Piece…</source>
        <translation>新建内容(&amp;N)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Piece</source>
        <translation>创建内容副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete Piece</source>
        <translation>删除内容(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit Title</source>
        <translation>编辑标题(&amp;E)</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>所有系列</translation>
    </message>
    <message>
        <source>No series</source>
        <translation>无系列</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>所有作者</translation>
    </message>
    <message>
        <source>No pieces in this project yet.
Press Insert to add the first one: a title, its kind and an author.</source>
        <translation>此项目中还没有内容。
按 Insert 添加第一项：填写标题、类型和作者。</translation>
    </message>
    <message>
        <source>No pieces in this project.</source>
        <translation>此项目中没有内容。</translation>
    </message>
    <message>
        <source>No piece matches the filter.</source>
        <translation>没有符合筛选条件的内容。</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n piece(s). Undo brings them back.</source>
        <translation>
            <numerusform>已删除 %n 项内容。撤销可将其恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>已复制 %n 行。</numerusform>
        </translation>
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
    <message>
        <source>New &amp;Demo Project…</source>
        <translation>新建演示项目(&amp;D)…</translation>
    </message>
    <message>
        <source>Create a project filled with a made-up developer community</source>
        <translation>创建一个填充了虚构开发者社区数据的项目</translation>
    </message>
    <message>
        <source>New Demo Project</source>
        <translation>新建演示项目</translation>
    </message>
    <message>
        <source>Making a developer community of %1 people…</source>
        <translation>正在生成含 %1 人的开发者社区…</translation>
    </message>
    <message>
        <source>Could Not Create Demo Project</source>
        <translation>无法创建演示项目</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with a demo community of %Ln people</source>
        <translation>
            <numerusform>已创建 %1，其中包含 %Ln 人的演示社区</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening Project</source>
        <translation>正在打开项目</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProjectGoalTableModel</name>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>倡导者</translation>
    </message>
    <message>
        <source>Reach (views)</source>
        <translation>触达（浏览量）</translation>
    </message>
    <message>
        <source>(whole project)</source>
        <translation>（整个项目）</translation>
    </message>
    <message>
        <source>An activity type counts the people with that activity in the period; NPS and CSAT come from the survey answers in the period</source>
        <translation>互动类型指标统计周期内有该互动的人数；NPS 和 CSAT 取自周期内的问卷答案</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <source>Content reach is not tracked in this project yet</source>
        <translation>此项目尚未跟踪内容触达</translation>
    </message>
    <message>
        <source>No answers in the period</source>
        <translation>此周期内没有答案</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Set the metric of a goal to “%1”</source>
        <translation>将目标的指标设为“%1”</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>Set the target of a goal to %1</source>
        <translation>将目标的目标值设为 %1</translation>
    </message>
    <message>
        <source>Set the start of a goal</source>
        <translation>设置目标的开始日期</translation>
    </message>
    <message>
        <source>Set the end of a goal</source>
        <translation>设置目标的结束日期</translation>
    </message>
    <message>
        <source>Set the campaign of a goal</source>
        <translation>设置目标所属的活动</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProjectMetaCommand</name>
    <message>
        <source>The project is open read-only.</source>
        <translation>项目以只读方式打开。</translation>
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
    <name>rapport::ui::QuestionDesigner</name>
    <message>
        <source>Add question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>&amp;Add Question…</source>
        <translation>添加问题(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a question after the current one (Ins)</source>
        <translation>在当前问题之后添加问题（Ins）</translation>
    </message>
    <message>
        <source>Add Question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>&amp;Remove Question</source>
        <translation>移除问题(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::QuestionListModel</name>
    <message>
        <source>One option per line</source>
        <translation>每行一个选项</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n 级</numerusform>
        </translation>
    </message>
    <message>
        <source>A question with answers keeps its type</source>
        <translation>已有答案的问题不能更改类型</translation>
    </message>
    <message>
        <source>A response must answer a required question</source>
        <translation>答卷必须回答必答问题</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Options / scale</source>
        <translation>选项/量表</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必答</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
</context>
<context>
    <name>rapport::ui::RecordedEditCommand</name>
    <message>
        <source>“%1” cannot be undone: %2</source>
        <translation>“%1”无法撤销：%2</translation>
    </message>
    <message>
        <source>“%1” cannot be redone: %2</source>
        <translation>“%1”无法重做：%2</translation>
    </message>
    <message>
        <source>you took the other person&apos;s version instead.</source>
        <translation>您改用了对方的版本。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ReportExportController</name>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Write the executive PDF report of this project</source>
        <translation>生成此项目的管理层 PDF 报告</translation>
    </message>
    <message>
        <source>%1 report %2.pdf</source>
        <translation>%1 报告 %2.pdf</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ResponseTableModel</name>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Type a person&apos;s e-mail address or handle to link the response; leave it empty for an anonymous response</source>
        <translation>输入某人的电子邮件地址或用户名以关联此答卷；留空则为匿名答卷</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>答卷人</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ResponsesView</name>
    <message>
        <source>&amp;Delete Response</source>
        <translation>删除答卷(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>No responses to this survey yet.</source>
        <translation>此问卷还没有答卷。</translation>
    </message>
    <message>
        <source>Import them on the command line, from a CSV file or a Google Forms, Typeform, SurveyMonkey or Microsoft Forms export:
rapport-cli import PROJECT.rapport responses.csv --as responses</source>
        <translation>可在命令行中从 CSV 文件或 Google Forms、Typeform、SurveyMonkey、Microsoft Forms 的导出文件导入答卷：
rapport-cli import PROJECT.rapport responses.csv --as responses</translation>
    </message>
</context>
<context>
    <name>rapport::ui::RetentionTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>第 %1 周</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>第 %1 个月</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>People whose first start activity fell in %1</source>
        <translation>首次起始互动发生在 %1 的人员</translation>
    </message>
    <message>
        <source>Each period: the people retained in it over the people of the cohorts that have completed it (cohorts weighted by size)</source>
        <translation>每个周期：该周期内留存的人数除以已完成该周期的群组总人数（按群组规模加权）</translation>
    </message>
    <message>
        <source>People who started: %1</source>
        <translation>起始人数：%1</translation>
    </message>
    <message>
        <source>No cohort has completed %1 yet</source>
        <translation>尚无群组完成 %1</translation>
    </message>
    <message>
        <source>%1 has not begun yet</source>
        <translation>%1 尚未开始</translation>
    </message>
    <message>
        <source>Nobody started in this period</source>
        <translation>此周期内没有人开始</translation>
    </message>
    <message>
        <source>%1 of %2 people retained (%3)</source>
        <translation>%2 人中留存 %1 人（%3）</translation>
    </message>
    <message>
        <source>Cohorts that have completed this period: %1</source>
        <translation>已完成此周期的群组：%1</translation>
    </message>
    <message>
        <source>This period is still in progress</source>
        <translation>此周期仍在进行中</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>群组</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>rapport::ui::RetentionView</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Monthly cohorts</source>
        <translation>月度群组</translation>
    </message>
    <message>
        <source>Weekly cohorts</source>
        <translation>周度群组</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>任意互动</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>起始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Return:</source>
        <translation>回访(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;eriods:</source>
        <translation>周期数(&amp;E)：</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Nobody started in these dates.</source>
        <translation>所选日期内没有人开始。</translation>
    </message>
    <message>
        <source>People who started: %1; no cohort has completed %2 yet.</source>
        <translation>起始人数：%1；尚无群组完成 %2。</translation>
    </message>
    <message>
        <source>%1 of the people who started came back in %2 (%3 of %4, average of completed cohorts).</source>
        <translation>起始人员中有 %1 在 %2 回访（%4 人中的 %3 人，已完成群组的平均值）。</translation>
    </message>
    <message>
        <source>Cohort: the period of a person&apos;s first start activity in the dates chosen. Period 0 is the period the person started in. Periods in progress are in italics; the average row counts completed periods only, weighted by cohort size. Click a cell for the people behind it.</source>
        <translation>群组：某人在所选日期内首次起始互动所在的周期。周期 0 即此人开始时所在的周期。进行中的周期以斜体显示；平均行仅统计已完成的周期，并按群组规模加权。点击单元格可查看对应的人员。</translation>
    </message>
    <message>
        <source>Retained in %1 · completed cohorts</source>
        <translation>%1 留存 · 已完成的群组</translation>
    </message>
    <message>
        <source>Cohort %1 · retained in %2</source>
        <translation>群组 %1 · %2 留存</translation>
    </message>
    <message>
        <source>Every cohort</source>
        <translation>所有群组</translation>
    </message>
    <message>
        <source>Cohort %1</source>
        <translation>群组 %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::RewardDialog</name>
    <message>
        <source>New Reward</source>
        <translation>新建奖励</translation>
    </message>
    <message>
        <source>Edit Reward</source>
        <translation>编辑奖励</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>例如 EUR</translation>
    </message>
    <message>
        <source>Why it was given, e.g. Author fee</source>
        <translation>发放原因，例如稿费</translation>
    </message>
    <message>
        <source>No piece</source>
        <translation>无内容</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>无活动</translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation>领取人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>价值(&amp;V)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>For &amp;piece:</source>
        <translation>对应内容(&amp;P)：</translation>
    </message>
    <message>
        <source>For ca&amp;mpaign:</source>
        <translation>对应活动(&amp;M)：</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>发放的积分</translation>
    </message>
    <message>
        <source>What the swag cost</source>
        <translation>周边礼品的成本</translation>
    </message>
    <message>
        <source>The amount paid</source>
        <translation>支付的金额</translation>
    </message>
</context>
<context>
    <name>rapport::ui::RewardsPage</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Find rewards by person, reason, piece or campaign (Ctrl+F)</source>
        <translation>按人员、原因、内容或活动查找奖励（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New Reward…</source>
        <translation>新建奖励(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Reward…</source>
        <translation>编辑奖励(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Reward</source>
        <translation>删除奖励(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>已复制 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>No rewards yet.
Press Insert to record one: who received what, when, and for which piece.</source>
        <translation>还没有奖励。
按 Insert 记录一项：谁在何时因哪项内容获得了什么。</translation>
    </message>
    <message>
        <source>No rewards in this project.</source>
        <translation>此项目中没有奖励。</translation>
    </message>
    <message>
        <source>Rewards: %1 · in all %2</source>
        <translation>奖励：%1 · 合计 %2</translation>
    </message>
    <message>
        <source>Recorded the reward.</source>
        <translation>已记录奖励。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n reward(s). Undo brings them back.</source>
        <translation>
            <numerusform>已删除 %n 项奖励。撤销可将其恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::RuleEditor</name>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任一</translation>
    </message>
    <message>
        <source>People who match</source>
        <translation>符合以下</translation>
    </message>
    <message>
        <source>of these conditions:</source>
        <translation>条件的人员：</translation>
    </message>
    <message>
        <source>No conditions yet: add one.</source>
        <translation>还没有条件：请添加一个。</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Add a condition on an attribute; the arrow offers the other kinds</source>
        <translation>添加基于属性的条件；点击箭头可选择其他类型</translation>
    </message>
    <message>
        <source>Match all conditions of “%1”</source>
        <translation>匹配“%1”的全部条件</translation>
    </message>
    <message>
        <source>Match any condition of “%1”</source>
        <translation>匹配“%1”的任一条件</translation>
    </message>
    <message>
        <source>Add a condition to “%1”</source>
        <translation>向“%1”添加条件</translation>
    </message>
    <message>
        <source>Change a condition of “%1”</source>
        <translation>更改“%1”的条件</translation>
    </message>
    <message>
        <source>Remove a condition from “%1”</source>
        <translation>从“%1”中移除条件</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SatisfactionCharts</name>
    <message>
        <source>NPS with its 95 % margin of error</source>
        <translation>NPS 及其 95% 误差范围</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>推荐者、被动者和贬损者</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>CSAT: share answering 4 or 5</source>
        <translation>CSAT：回答 4 或 5 分的比例</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SatisfactionCommentModel</name>
    <message>
        <source>%1

— %2: %3</source>
        <translation>%1

— %2：%3</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>答卷人</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SatisfactionCommentPanel</name>
    <message>
        <source>Close the comments</source>
        <translation>关闭评论</translation>
    </message>
    <message>
        <source>Responses: %1 · comments: %2</source>
        <translation>答卷：%1 · 评论：%2</translation>
    </message>
    <message>
        <source>Anonymous responses: %1 — counted here, but they cannot be listed as people.</source>
        <translation>匿名答卷：%1——已计入此处，但无法作为人员列出。</translation>
    </message>
    <message>
        <source>The comments could not be read: %1</source>
        <translation>无法读取评论：%1</translation>
    </message>
    <message>
        <source>Show the people (%1)</source>
        <translation>显示这些人员（%1）</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SatisfactionView</name>
    <message>
        <source>All responses</source>
        <translation>全部答卷</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>NPS 答卷</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>CSAT responses</source>
        <translation>CSAT 答卷</translation>
    </message>
    <message>
        <source>Satisfied (CSAT 4–5)</source>
        <translation>满意（CSAT 4–5 分）</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>随时间变化</translation>
    </message>
    <message>
        <source>By campaign</source>
        <translation>按活动</translation>
    </message>
    <message>
        <source>By audience</source>
        <translation>按受众</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>无活动</translation>
    </message>
    <message>
        <source>No survey answers with an NPS or CSAT score here.</source>
        <translation>此处没有带 NPS 或 CSAT 分数的问卷答案。</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;nps&quot;&gt;NPS &lt;b&gt;%1&lt;/b&gt;&lt;/a&gt; ± %2</source>
        <translation>&lt;a href=&quot;nps&quot;&gt;NPS &lt;b&gt;%1&lt;/b&gt;&lt;/a&gt; ± %2</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;csat&quot;&gt;CSAT &lt;b&gt;%1 %&lt;/b&gt;&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;csat&quot;&gt;CSAT &lt;b&gt;%1%&lt;/b&gt;&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 NPS answers: &lt;a href=&quot;promoters&quot;&gt;%2 promoters&lt;/a&gt;, &lt;a href=&quot;passives&quot;&gt;%3 passives&lt;/a&gt;, &lt;a href=&quot;detractors&quot;&gt;%4 detractors&lt;/a&gt;</source>
        <translation>%1 个 NPS 答案：&lt;a href=&quot;promoters&quot;&gt;推荐者 %2 个&lt;/a&gt;，&lt;a href=&quot;passives&quot;&gt;被动者 %3 个&lt;/a&gt;，&lt;a href=&quot;detractors&quot;&gt;贬损者 %4 个&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The channel filter does not apply here: survey responses have no channel.</source>
        <translation>渠道筛选不适用于此处：问卷答卷没有渠道。</translation>
    </message>
    <message>
        <source>Audiences left out: %1</source>
        <translation>未包含的受众：%1</translation>
    </message>
    <message>
        <source>No project is open, so there are no audiences to compare.</source>
        <translation>未打开项目，因此没有可比较的受众。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS 答案数</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Margin of error (95 %)</source>
        <translation>误差范围（95%）</translation>
    </message>
    <message>
        <source>NPS low</source>
        <translation>NPS 下限</translation>
    </message>
    <message>
        <source>NPS high</source>
        <translation>NPS 上限</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>CSAT 答案数</translation>
    </message>
    <message>
        <source>Satisfied (4–5)</source>
        <translation>满意（4–5 分）</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SaveAudienceCommand</name>
    <message>
        <source>Save audience “%1”</source>
        <translation>保存受众“%1”</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SeriesPage</name>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>What the series is about</source>
        <translation>系列的主题</translation>
    </message>
    <message>
        <source>No series yet.
Press Insert to start one; pieces join a series in their editor.</source>
        <translation>还没有系列。
按 Insert 新建一个；在内容编辑器中可将内容加入系列。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;New Series</source>
        <translation>新建系列(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename Series</source>
        <translation>重命名系列(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete Series</source>
        <translation>删除系列(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>No pieces in this series yet: choose it in a piece&apos;s editor.</source>
        <translation>此系列中还没有内容：请在内容编辑器中选择此系列。</translation>
    </message>
    <message>
        <source>Its pieces, in order of publication:</source>
        <translation>其中的内容，按发布顺序排列：</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>新系列</translation>
    </message>
    <message>
        <source>New series %1</source>
        <translation>新系列 %1</translation>
    </message>
    <message>
        <source>Deleted the series “%1”; its pieces stay, outside any series. Undo brings it back.</source>
        <translation>已删除系列“%1”；其中的内容仍保留，但不再属于任何系列。撤销可将其恢复。</translation>
    </message>
    <message>
        <source>Rename series to “%1”</source>
        <translation>将系列重命名为“%1”</translation>
    </message>
    <message>
        <source>Change series description</source>
        <translation>更改系列描述</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SizeSparkline</name>
    <message>
        <source>%1: %2 → %3: %4</source>
        <translation>%1：%2 → %3：%4</translation>
    </message>
    <message>
        <source>No audience sizes yet: add one with Ins.</source>
        <translation>还没有受众规模数据：按 Ins 添加。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SizeTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SkippedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Why it is skipped</source>
        <translation>跳过原因</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SnapshotTableModel</name>
    <message>
        <source>Read at</source>
        <translation>读取时间</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>阅读量</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享数</translation>
    </message>
    <message>
        <source>Onward clicks</source>
        <translation>后续点击数</translation>
    </message>
    <message>
        <source>A counter is a whole number of at least 0.</source>
        <translation>计数必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <source>Change snapshot time</source>
        <translation>更改快照时间</translation>
    </message>
    <message>
        <source>Change snapshot counters</source>
        <translation>更改快照计数</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SourcesController</name>
    <message>
        <source>Data &amp;Sources…</source>
        <translation>数据源(&amp;S)…</translation>
    </message>
    <message>
        <source>Sync people and activities from GitHub and Discourse</source>
        <translation>从 GitHub 和 Discourse 同步人员和互动</translation>
    </message>
    <message>
        <source>Data Sources</source>
        <translation>数据源</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SourcesDialog</name>
    <message>
        <source>Data Sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>读取范围</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>People and activities synced from the platforms your community lives on. Tokens are kept in the system keychain, never in the project.</source>
        <translation>从社区所在平台同步的人员和互动。令牌保存在系统钥匙串中，绝不会存入项目。</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>在钥匙串中</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>无法添加 %1：%2</translation>
    </message>
    <message>
        <source>Added %1. Sync reads what it holds now.</source>
        <translation>已添加 %1。同步时将读取其当前的数据。</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>无法移除 %1：%2</translation>
    </message>
    <message>
        <source>Removed %1; what it synced stays in the project.</source>
        <translation>已移除 %1；已同步的数据仍保留在项目中。</translation>
    </message>
    <message>
        <source>Its token could not be removed from the keychain: %1</source>
        <translation>无法从钥匙串中移除其令牌：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>正在同步 %1…</translation>
    </message>
    <message>
        <source>The sync of %1 was cancelled; the project is unchanged.</source>
        <translation>%1 的同步已取消；项目未做更改。</translation>
    </message>
    <message>
        <source>%1 synced: %2 people new, %3 matched; %4 activities new (%5 requests, %6 unchanged).</source>
        <translation>%1 已同步：新增 %2 人，匹配 %3 人；新增 %4 条互动（%5 次请求，%6 次无变化）。</translation>
    </message>
    <message>
        <source>Sync %1</source>
        <translation>同步 %1</translation>
    </message>
    <message>
        <source>Edit › Undo (%1) takes it back.</source>
        <translation>可通过“编辑 › 撤销”（%1）撤回。</translation>
    </message>
    <message>
        <source>The sync of %1 was not sent to the workspace: %2</source>
        <translation>%1 的同步未发送到工作区：%2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SurveyController</name>
    <message>
        <source>How likely are you to recommend us to a friend or colleague?</source>
        <translation>您有多大可能向朋友或同事推荐我们？</translation>
    </message>
    <message>
        <source>How satisfied were you overall?</source>
        <translation>您的总体满意度如何？</translation>
    </message>
    <message>
        <source>How would you rate it?</source>
        <translation>您会给它打几分？</translation>
    </message>
    <message>
        <source>Which one describes you best?</source>
        <translation>以下哪一项最符合您的情况？</translation>
    </message>
    <message>
        <source>Which of these did you use?</source>
        <translation>您使用过以下哪些？</translation>
    </message>
    <message>
        <source>What could we do better?</source>
        <translation>我们有哪些地方可以做得更好？</translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS（0–10）</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT（1–5）</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>自由文本</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>项目为只读。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>The survey no longer exists.</source>
        <translation>该问卷已不存在。</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>新问卷</translation>
    </message>
    <message>
        <source>New survey %1</source>
        <translation>新问卷 %1</translation>
    </message>
    <message>
        <source>New survey “%1”</source>
        <translation>新建问卷“%1”</translation>
    </message>
    <message>
        <source>Delete survey “%1”</source>
        <translation>删除问卷“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n surveys</source>
        <translation>
            <numerusform>删除 %n 份问卷</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a survey called “%1”.</source>
        <translation>已存在名为“%1”的问卷。</translation>
    </message>
    <message>
        <source>Rename survey to “%1”</source>
        <translation>将问卷重命名为“%1”</translation>
    </message>
    <message>
        <source>Set the campaign of “%1”</source>
        <translation>设置“%1”所属的活动</translation>
    </message>
    <message>
        <source>Option 1</source>
        <translation>选项 1</translation>
    </message>
    <message>
        <source>Option 2</source>
        <translation>选项 2</translation>
    </message>
    <message>
        <source>Add a question (%1)</source>
        <translation>添加问题（%1）</translation>
    </message>
    <message>
        <source>A survey needs at least one question: add another one before removing this one.</source>
        <translation>问卷至少需要一个问题：请先添加另一个问题，再移除此问题。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n question(s)</source>
        <translation>
            <numerusform>移除 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation>该问题已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n answer(s), so its type cannot change. Add a new question of the other type instead.</source>
        <translation>
            <numerusform>“%1”已有 %n 个答案，因此无法更改其类型。请改为添加一个另一类型的新问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was chosen in answers, so it stays an option.</source>
        <translation>答案中选择过“%1”，因此它必须保留为选项。</translation>
    </message>
    <message>
        <source>Answers rate “%1” above %2, so its scale cannot shrink.</source>
        <translation>已有答案对“%1”的评分高于 %2，因此无法缩小其量表。</translation>
    </message>
    <message>
        <source>Edit question “%1”</source>
        <translation>编辑问题“%1”</translation>
    </message>
    <message>
        <source>Make “%1” required</source>
        <translation>将“%1”设为必答</translation>
    </message>
    <message>
        <source>Make “%1” optional</source>
        <translation>将“%1”设为选答</translation>
    </message>
    <message>
        <source>Move question “%1”</source>
        <translation>移动问题“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n response(s)</source>
        <translation>
            <numerusform>删除 %n 份答卷</numerusform>
        </translation>
    </message>
    <message>
        <source>The response no longer exists.</source>
        <translation>该答卷已不存在。</translation>
    </message>
    <message>
        <source>Nobody in this project has the e-mail address or handle “%1”. Leave it empty for an anonymous response.</source>
        <translation>此项目中没有人使用电子邮件地址或用户名“%1”。留空则为匿名答卷。</translation>
    </message>
    <message>
        <source>Make a response anonymous</source>
        <translation>将答卷设为匿名</translation>
    </message>
    <message>
        <source>Link a response to %1</source>
        <translation>将答卷关联到 %1</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from %2 to %3.</source>
        <translation>“%1”不是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>Change an answer to “%1”</source>
        <translation>将答案更改为“%1”</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SurveyListModel</name>
    <message>
        <source>NPS + CSAT</source>
        <translation>NPS + CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>From the survey&apos;s questions</source>
        <translation>根据问卷的问题确定</translation>
    </message>
    <message numerus="yes">
        <source>%1 promoters, %2 detractors of %Ln NPS answers</source>
        <translation>
            <numerusform>%Ln 个 NPS 答案中，推荐者 %1 个，贬损者 %2 个</numerusform>
        </translation>
    </message>
    <message>
        <source>No NPS answers</source>
        <translation>没有 NPS 答案</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln CSAT answers are 4 or 5</source>
        <translation>
            <numerusform>%Ln 个 CSAT 答案中有 %1 个为 4 或 5 分</numerusform>
        </translation>
    </message>
    <message>
        <source>No CSAT answers</source>
        <translation>没有 CSAT 答案</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SurveysArea</name>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>&amp;New Survey</source>
        <translation>新建问卷(&amp;N)</translation>
    </message>
    <message>
        <source>Design a new survey (Ins)</source>
        <translation>设计新问卷（Ins）</translation>
    </message>
    <message>
        <source>&amp;Delete Survey</source>
        <translation>删除问卷(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected surveys with their responses (Del)</source>
        <translation>删除所选问卷及其答卷（Del）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>No surveys in this project yet.</source>
        <translation>此项目中还没有问卷。</translation>
    </message>
    <message>
        <source>Design one with New Survey (Ins): NPS, CSAT, ratings, choices and free text. Responses come in with rapport-cli import … --as responses, or from Google Forms, Typeform, SurveyMonkey and Microsoft Forms exports.</source>
        <translation>使用“新建问卷”（Ins）设计问卷：支持 NPS、CSAT、评分、选择题和自由文本。答卷可通过 rapport-cli import … --as responses 导入，也可从 Google Forms、Typeform、SurveyMonkey 和 Microsoft Forms 的导出文件导入。</translation>
    </message>
    <message>
        <source>New Survey</source>
        <translation>新建问卷</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Responses (%L1)</source>
        <translation>答卷（%L1）</translation>
    </message>
    <message>
        <source>Comments (%L1)</source>
        <translation>评论（%L1）</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
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
<context>
    <name>rapport::ui::WorkspaceConnectDialog</name>
    <message>
        <source>Open Workspace</source>
        <translation>打开团队工作区</translation>
    </message>
    <message>
        <source>A team workspace is a project kept in a PostgreSQL database, which several people can open and edit at once.</source>
        <translation>团队工作区是保存在 PostgreSQL 数据库中的项目，多人可以同时打开和编辑。</translation>
    </message>
    <message>
        <source>db.example.org, or paste a postgresql:// address</source>
        <translation>db.example.org，或粘贴 postgresql:// 地址</translation>
    </message>
    <message>
        <source>Prefer TLS (encrypt when the server offers it)</source>
        <translation>优先 TLS（服务器支持时加密）</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>要求 TLS</translation>
    </message>
    <message>
        <source>Require TLS and check the certificate&apos;s authority</source>
        <translation>要求 TLS 并验证证书颁发机构</translation>
    </message>
    <message>
        <source>Require TLS and check the certificate and server name</source>
        <translation>要求 TLS 并验证证书和服务器名称</translation>
    </message>
    <message>
        <source>No TLS (only on a trusted network)</source>
        <translation>不使用 TLS（仅限可信网络）</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>将密码保存在系统钥匙串中(&amp;K)</translation>
    </message>
    <message>
        <source>The address to give rapport-cli or a colleague; it never contains the password</source>
        <translation>可提供给 rapport-cli 或同事的地址；其中从不包含密码</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>安全(&amp;S)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected: %1 holds a Rapport workspace.</source>
        <translation>已连接：%1 中有 Rapport 工作区。</translation>
    </message>
</context>
<context>
    <name>rapport::ui::WorkspaceController</name>
    <message>
        <source>Open &amp;Workspace…</source>
        <translation>打开工作区(&amp;W)…</translation>
    </message>
    <message>
        <source>Open a team workspace on a PostgreSQL server, which several people edit at once</source>
        <translation>打开 PostgreSQL 服务器上的团队工作区，多人可同时编辑</translation>
    </message>
    <message>
        <source>Leave empty to use the one in the keychain</source>
        <translation>留空则使用钥匙串中的密码</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Reading the workspace %1…</source>
        <translation>正在读取工作区 %1…</translation>
    </message>
    <message>
        <source>Could Not Open Workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by others read from the workspace</source>
        <translation>
            <numerusform>已从工作区读取他人的 %n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read others&apos; changes: %1</source>
        <translation>无法读取他人的更改：%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Password Not Kept</source>
        <translation>密码未保存</translation>
    </message>
    <message>
        <source>Opened the workspace %1 to read (%2 people); you may not change it</source>
        <translation>已以只读方式打开工作区 %1（%2 人）；你不能修改它</translation>
    </message>
    <message>
        <source>Opened the workspace %1 (%2 people)</source>
        <translation>已打开工作区 %1（%2 人）</translation>
    </message>
    <message>
        <source>Someone Else Changed This</source>
        <translation>其他人修改了此内容</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2.</source>
        <translation>最后由 %1 于 %2 修改。</translation>
    </message>
    <message>
        <source>Keep Mine puts your change over theirs. Take Theirs drops your change and shows their version.</source>
        <translation>“保留我的”会用你的更改覆盖对方的更改。“采用对方的”会放弃你的更改并显示对方的版本。</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::WorkspaceLink</name>
    <message>
        <source>You may read this workspace but not change it, so “%1” was not made. Ask its owner to make you an editor. (%2)</source>
        <translation>你可以查看此工作区但不能修改它，因此未执行“%1”。请联系其所有者将你设为编辑者。（%2）</translation>
    </message>
    <message>
        <source>“%1” could not be sent to the workspace, so it was not made: %2</source>
        <translation>“%1”无法发送到工作区，因此未执行：%2</translation>
    </message>
    <message>
        <source>“%1” was not sent to the workspace, so it was taken back: %2 Import it again to bring it in.</source>
        <translation>“%1”未发送到工作区，因此已撤回：%2 请重新导入以将其导入。</translation>
    </message>
</context>
<context>
    <name>rapport::workspace</name>
    <message>
        <source>Cannot read %1 from the workspace: %2</source>
        <translation>无法从工作区读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1 from the workspace: unexpected columns</source>
        <translation>无法从工作区读取 %1：列不符合预期</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>表 %1：%2</translation>
    </message>
    <message>
        <source>table %1, row %2: the column %3 holds a %4 value where the schema has %5</source>
        <translation>表 %1，第 %2 行：列 %3 的值为 %4 类型，而架构要求 %5</translation>
    </message>
    <message>
        <source>table %1: the server sent %2 columns instead of %3</source>
        <translation>表 %1：服务器发送了 %2 列，而不是 %3 列</translation>
    </message>
    <message>
        <source>table %1 has %2 rows on the source and %3 on the destination</source>
        <translation>表 %1 在源端有 %2 行，在目标端有 %3 行</translation>
    </message>
    <message>
        <source>table %1 holds different content on the source and on the destination</source>
        <translation>表 %1 在源端和目标端的内容不同</translation>
    </message>
    <message>
        <source>the transfer was cancelled</source>
        <translation>传输已取消</translation>
    </message>
    <message>
        <source>Cannot publish to %1: %2</source>
        <translation>无法发布到 %1：%2</translation>
    </message>
    <message>
        <source>table %1 of the file: %2</source>
        <translation>文件中的表 %1：%2</translation>
    </message>
    <message>
        <source>the workspace already holds a project with %1 people; publish with --replace to replace it</source>
        <translation>工作区中已有一个 %1 人的项目；使用 --replace 发布以替换它</translation>
    </message>
    <message>
        <source>indexing</source>
        <translation>正在建立索引</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>正在校验</translation>
    </message>
    <message>
        <source>the check after copying failed: %1</source>
        <translation>复制后的校验失败：%1</translation>
    </message>
    <message>
        <source>analysing</source>
        <translation>正在分析</translation>
    </message>
    <message>
        <source>Cannot pull %1 into %2: %3</source>
        <translation>无法将 %1 拉取到 %2：%3</translation>
    </message>
    <message>
        <source>the database holds no Rapport workspace</source>
        <translation>该数据库中没有 Rapport 工作区</translation>
    </message>
    <message>
        <source>the workspace was written by a newer Rapport (schema %1). Update Rapport to pull it.</source>
        <translation>该工作区由更新版本的 Rapport 写入（架构 %1）。请更新 Rapport 后再拉取。</translation>
    </message>
    <message>
        <source>There is no user “%1” on the server of %2. An administrator creates it first (CREATE ROLE … LOGIN PASSWORD …); then grant it access.</source>
        <translation>%2 的服务器上没有用户“%1”。请管理员先创建该用户（CREATE ROLE … LOGIN PASSWORD …），然后再授予访问权限。</translation>
    </message>
    <message>
        <source>“%1” on the server of %2 is a group, not a user who can log in.</source>
        <translation>%2 的服务器上的“%1”是一个组，而不是可以登录的用户。</translation>
    </message>
    <message>
        <source>the workspace is at an older schema (%1); its owner brings it up to date by publishing the project to it again with this Rapport</source>
        <translation>该工作区的架构较旧（%1）；其所有者可用此版本的 Rapport 再次将项目发布到该工作区以进行更新</translation>
    </message>
</context>
<context>
    <name>rapport::workspace::PgEngineLoader</name>
    <message>
        <source>The workspace %1 holds no project at this Rapport&apos;s schema (%2).</source>
        <translation>工作区 %1 中没有此 Rapport 架构（%2）的项目。</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>activity changes</source>
        <translation>活动更改</translation>
    </message>
    <message>
        <source>activity types</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>活动计划</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>surveys</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>survey responses</source>
        <translation>调查答卷</translation>
    </message>
</context>
<context>
    <name>rapport::workspace::Transfer</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Cannot publish to %1: %2</source>
        <translation>无法发布到 %1：%2</translation>
    </message>
    <message>
        <source>The workspace %1 already holds a project with %2 people. Publish with --replace to replace it.</source>
        <translation>工作区 %1 中已有一个 %2 人的项目。使用 --replace 发布以替换它。</translation>
    </message>
    <message>
        <source>Cannot pull into %1: it is a folder.</source>
        <translation>无法拉取到 %1：它是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot pull into %1: the file exists and is not a Rapport project, so it is left alone.</source>
        <translation>无法拉取到 %1：该文件已存在且不是 Rapport 项目，因此保持不变。</translation>
    </message>
    <message>
        <source>Cannot pull into %1: %2 has it open on %3.</source>
        <translation>无法拉取到 %1：%2 正在 %3 上打开它。</translation>
    </message>
    <message>
        <source>Cannot pull into %1: its folder cannot be created.</source>
        <translation>无法拉取到 %1：无法创建其文件夹。</translation>
    </message>
    <message>
        <source>Cannot pull into %1: %2</source>
        <translation>无法拉取到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the project is not an open SQLite database</source>
        <translation>该项目不是已打开的 SQLite 数据库</translation>
    </message>
</context>
<context>
    <name>rapport::workspace::Workspace</name>
    <message>
        <source>This installation cannot reach PostgreSQL: its Qt driver (QPSQL) is missing.</source>
        <translation>此安装无法连接 PostgreSQL：缺少其 Qt 驱动（QPSQL）。</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the workspace %1: %2</source>
        <translation>无法读取工作区 %1 的结构版本：%2</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Rapport (schema %2; this one reads up to %3). Update Rapport to open it.</source>
        <translation>工作区 %1 由较新版本的 Rapport 写入（结构版本 %2；本版本最多读取 %3）。请更新 Rapport 后再打开。</translation>
    </message>
    <message>
        <source>Cannot prepare the workspace %1: %2</source>
        <translation>无法准备工作区 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the workspace %1: %2</source>
        <translation>无法读取工作区 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 holds no Rapport workspace yet. Publish a project to it first (rapport-cli publish FILE URL).</source>
        <translation>数据库 %1 中还没有 Rapport 工作区。请先向其发布一个项目（rapport-cli publish FILE URL）。</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Rapport (schema %2). Update Rapport to open it.</source>
        <translation>工作区 %1 由较新版本的 Rapport 写入（结构版本 %2）。请更新 Rapport 后再打开。</translation>
    </message>
    <message>
        <source>The workspace %1 is at an older schema (%2). Its owner brings it up to date by publishing the project to it again with this Rapport (rapport-cli publish FILE URL --replace).</source>
        <translation>工作区 %1 的架构较旧（%2）。其所有者可用此版本的 Rapport 再次将项目发布到该工作区以进行更新（rapport-cli publish FILE URL --replace）。</translation>
    </message>
</context>
<context>
    <name>rapport::workspace::WorkspaceAddress</name>
    <message>
        <source>“%1” is not a workspace address: %2</source>
        <translation>“%1”不是工作区地址：%2</translation>
    </message>
    <message>
        <source>“%1” is not a workspace address: it must start with postgresql://</source>
        <translation>“%1”不是工作区地址：必须以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>The address must not contain the password; Rapport keeps it in the system keychain.</source>
        <translation>地址中不能包含密码；Rapport 将密码保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Unknown TLS mode “%1”: use disable, prefer, require, verify-ca or verify-full.</source>
        <translation>未知的 TLS 模式“%1”：请使用 disable、prefer、require、verify-ca 或 verify-full。</translation>
    </message>
    <message>
        <source>The address “%1” names no server.</source>
        <translation>地址“%1”未指定服务器。</translation>
    </message>
    <message>
        <source>The address “%1” names no user: write postgresql://USER@%2/…</source>
        <translation>地址“%1”未指定用户：请写成 postgresql://USER@%2/…</translation>
    </message>
    <message>
        <source>The address “%1” names no database: write …/DATABASE at its end.</source>
        <translation>地址“%1”未指定数据库：请在末尾写上 …/DATABASE。</translation>
    </message>
</context>
<context>
    <name>rapport::workspace::WorkspaceChangeLog</name>
    <message>
        <source>cannot set up the change log: %1</source>
        <translation>无法设置更改日志：%1</translation>
    </message>
    <message>
        <source>cannot prune the change log: %1</source>
        <translation>无法清理更改日志：%1</translation>
    </message>
</context>
<context>
    <name>rapport::workspace::WorkspaceRoles</name>
    <message>
        <source>Cannot set up viewer and editor access in the workspace %1 (its owner, with the right to create roles, can): %2</source>
        <translation>无法在工作区 %1 中设置查看者和编辑者权限（需由其所有者并具有创建角色的权限来设置）：%2</translation>
    </message>
    <message>
        <source>Access is granted as viewer or editor.</source>
        <translation>访问权限只能授予查看者或编辑者。</translation>
    </message>
    <message>
        <source>Cannot grant “%1” access to the workspace %2: %3</source>
        <translation>无法授予“%1”访问工作区 %2 的权限：%3</translation>
    </message>
    <message>
        <source>Cannot revoke the access of “%1” to the workspace %2: %3</source>
        <translation>无法撤销“%1”对工作区 %2 的访问权限：%3</translation>
    </message>
</context>
<context>
    <name>rapport::workspace::WorkspaceSync</name>
    <message>
        <source>Cannot follow other people&apos;s changes: %1</source>
        <translation>无法跟踪他人的更改：%1</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>没有连接</translation>
    </message>
    <message>
        <source>Cannot read the workspace&apos;s change log: %1</source>
        <translation>无法读取工作区的更改日志：%1</translation>
    </message>
    <message>
        <source>Cannot note the workspace position in the local copy: %1</source>
        <translation>无法在本地副本中记录工作区位置：%1</translation>
    </message>
    <message>
        <source>The edit cannot be read (not a changeset).</source>
        <translation>无法读取该编辑（不是变更集）。</translation>
    </message>
    <message>
        <source>The edit changes a table the local copy does not have (%1).</source>
        <translation>该编辑更改了本地副本中没有的表（%1）。</translation>
    </message>
    <message>
        <source>The edit cannot be read (a damaged changeset).</source>
        <translation>无法读取该编辑（变更集已损坏）。</translation>
    </message>
    <message>
        <source>The workspace cannot be reached: %1</source>
        <translation>无法连接到工作区：%1</translation>
    </message>
    <message>
        <source>The workspace did not save the change: %1</source>
        <translation>工作区未保存该更改：%1</translation>
    </message>
    <message>
        <source>You can read this workspace but not change it; the server refused the change (%1).</source>
        <translation>你可以查看此工作区但不能修改它；服务器拒绝了该更改（%1）。</translation>
    </message>
    <message>
        <source>The workspace was busy with another change; try again (%1).</source>
        <translation>工作区正忙于处理另一项更改；请重试（%1）。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>%1 added a record to “%2” at the same moment as your “%3”; yours was not saved. Enter it again.</source>
        <translation>%1 在你添加“%3”的同时向“%2”添加了一条记录；你的记录未保存。请重新输入。</translation>
    </message>
    <message>
        <source>“%1” in “%2” cannot be saved: the workspace already holds the same value (%3).</source>
        <translation>“%2”中的“%1”无法保存：工作区中已有相同的值（%3）。</translation>
    </message>
    <message>
        <source>“%1” in “%2” refers to a record that was deleted in the workspace; your change was not saved.</source>
        <translation>“%2”中的“%1”引用了工作区中已删除的记录；你的更改未保存。</translation>
    </message>
    <message>
        <source>“%1” in “%2” was deleted by %3; your change was not saved.</source>
        <translation>“%2”中的“%1”已被 %3 删除；你的更改未保存。</translation>
    </message>
    <message>
        <source>“%1” in “%2” was changed by %3 since you last saw it; your change was not saved.</source>
        <translation>自你上次查看后，“%2”中的“%1”已被 %3 修改；你的更改未保存。</translation>
    </message>
    <message>
        <source>The local copy cannot be changed (no transaction).</source>
        <translation>无法修改本地副本（没有事务）。</translation>
    </message>
    <message>
        <source>Your new “%1” cannot replace what is in the workspace; take theirs and enter it again.</source>
        <translation>你新建的“%1”无法替换工作区中的内容；请采用对方的版本后重新输入。</translation>
    </message>
    <message>
        <source>Your change is in the workspace, but the local copy could not be updated: %1</source>
        <translation>你的更改已保存到工作区，但本地副本无法更新：%1</translation>
    </message>
    <message>
        <source>The workspace was replaced, or its change history trimmed, since your copy was read; it is read again.</source>
        <translation>自你的副本读取以来，工作区已被替换或其更改历史已被清理；将重新读取。</translation>
    </message>
</context>
<context>
    <name>rapport::workspace::detail::CopyOut</name>
    <message>
        <source>the server ended the transfer early</source>
        <translation>服务器提前结束了传输</translation>
    </message>
    <message>
        <source>the server sent data in an unknown format</source>
        <translation>服务器发送了未知格式的数据</translation>
    </message>
    <message>
        <source>the server sent a truncated row</source>
        <translation>服务器发送了不完整的行</translation>
    </message>
</context>
<context>
    <name>rapport::workspace::detail::PgConnection</name>
    <message>
        <source>Cannot connect to the workspace %1: %2</source>
        <translation>无法连接到工作区 %1：%2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
</context>
</TS>

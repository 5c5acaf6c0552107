<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>已满意</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>拥护者</translation>
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
        <source>Score = Σ weight(type) × 0.5^(age ÷ 90 days) over a person's activities up to the moment measured; Observer below 2, Participant from 2, Contributor from 15, Advocate from 50. Weights: spoke 10, contributed 8, authored 8, referred 5, attended 3, posted 2, shared 2, commented 1, registered 1, responded 1, starred 0.5. Measured at the end of the previous period and at the end of this one.</source>
        <translation>得分 = Σ 权重(类型) × 0.5^(时长 ÷ 90 天)，计入测量时刻之前的所有活动；低于 2 为观望者，2 起为参与者，15 起为贡献者，50 起为拥护者。权重：演讲 10、贡献 8、撰稿 8、推荐 5、参加活动 3、发帖 2、分享 2、评论 1、报名 1、答卷 1、加星 0.5。分别在上一期间末和本期间末测量。</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Each goal whose period overlaps the report's, measured over the goal's own period for the whole project (a campaign's goal: that campaign's activities and survey responses): an activity type counts distinct people; nps and csat as above; reach = views gained by all pieces; advocates = people at the Advocate level at the end of the report's period. Goals are not filtered by audience.</source>
        <translation>列出周期与报告期间重叠的每个目标，按目标自身的周期在整个项目上衡量（活动目标只计该活动的活动记录和问卷回答）：活动类型计不同人数；nps 与 csat 同上；reach = 所有作品新增的浏览量；advocates = 报告期间末处于拥护者等级的人数。目标不按受众筛选。</translation>
    </message>
    <message>
        <source>Lifecycle funnel</source>
        <translation>生命周期漏斗</translation>
    </message>
    <message>
        <source>In audience = the people counted. A person reaches step k when k distinct activities of the steps' types follow in time order (registered → attended → responded → referred), the first dated in the period and the last within 365 days of it. Conversion is measured from the audience; step rate from the step before; time to convert is the median from the first step.</source>
        <translation>受众 = 计入的人。当某人有 k 项不同的活动依时间顺序对应各步骤的类型（报名 → 参加活动 → 答卷 → 推荐），第一项在期间内、最后一项在其后 365 天内，即到达第 k 步。转化率以受众为基数；步骤转化率以上一步为基数；转化时间为自第一步起的中位数。</translation>
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
        <source>Views gained in the period: per piece, the totals of its last metric snapshot before the period's end minus those before its start, summed over its distributions. An author's reach sums their pieces (a piece with two authors counts fully for each); a series' its pieces. Onward clicks are readers sent on to another piece. Content is not filtered by audience.</source>
        <translation>期间内新增的浏览量：每篇作品取期间结束前最后一次指标快照减去期间开始前的快照，并汇总其各分发渠道。作者的覆盖为其作品之和（两位作者合写的作品对每位作者都全额计入）；系列为其作品之和。延伸点击是被引导到其他作品的读者。内容不按受众筛选。</translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation>同期群留存</translation>
    </message>
    <message>
        <source>A person's cohort is the calendar month (UTC) of their first activity up to the period's end; they are retained in month k when any activity falls in the cohort's month + k (month 0: another activity after the first). The last 12 cohorts.</source>
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
        <source>From the people in the audience to advocates, starting in %1</source>
        <translation>从受众到拥护者，起始于 %1</translation>
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
        <source>Share of each month's newcomers active again in the months that follow</source>
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
        <translation>拥护者</translation>
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
        <source>Each step is an activity type, in this order: %1. A person counts at a step when they did each earlier step first, starting in the period and within %2 days. Median time is counted from the first step.</source>
        <translation>每一步是一种活动类型，顺序为：%1。某人需先完成之前的每一步才计入该步，起始于期间内，且在 %2 天之内。中位时间自第一步起计算。</translation>
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
</context>
</TS>

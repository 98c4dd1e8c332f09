<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgreementCommands</name>
    <message>
        <source>Record the reply to a letter</source>
        <translation>记录债权人对信函的答复</translation>
    </message>
    <message>
        <source>Record an agreement with {lender}</source>
        <translation>记录与{lender}的协议</translation>
    </message>
    <message>
        <source>End an agreement</source>
        <translation>结束协议</translation>
    </message>
    <message>
        <source>Add a legal time limit</source>
        <translation>添加法律期限</translation>
    </message>
    <message>
        <source>Delete a legal time limit</source>
        <translation>删除法律期限</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Record an agreement with {lender}</source>
        <translation>记录与{lender}的协议</translation>
    </message>
    <message>
        <source>The proposal I sent, accepted</source>
        <translation>我寄出的方案，已被接受</translation>
    </message>
    <message>
        <source>Terms typed in (the lender&apos;s counter-offer)</source>
        <translation>手动填写条款（债权人的还价）</translation>
    </message>
    <message>
        <source>Proposal of {date}</source>
        <translation>{date}的方案</translation>
    </message>
    <message>
        <source>Attach the signed agreement…</source>
        <translation>附上已签署的协议…</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Grace (days)</source>
        <translation>宽限期（天）</translation>
    </message>
    <message>
        <source>If a payment is missed</source>
        <translation>如果漏还一期</translation>
    </message>
    <message>
        <source>The agreement&apos;s own words</source>
        <translation>协议原文</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>签署副本</translation>
    </message>
    <message>
        <source>Agreed terms</source>
        <translation>约定条款</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>还款额</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>还款后余额</translation>
    </message>
    <message>
        <source>Show the agreed schedule</source>
        <translation>查看约定的还款计划</translation>
    </message>
    <message>
        <source>There is no saved proposal for this debt: type the terms.</source>
        <translation>这笔债务没有已保存的方案：请手动填写条款。</translation>
    </message>
    <message>
        <source>{n} payments, {total} {currency} in all.</source>
        <translation>共{n}期，合计{total} {currency}。</translation>
    </message>
</context>
<context>
    <name>AgreementDialogs</name>
    <message>
        <source>No reply yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation>还价</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>逾期未答复</translation>
    </message>
    <message>
        <source>The whole original debt and its penalties are due again (the usual clause)</source>
        <translation>原债务全部本金及罚息重新到期（常见条款）</translation>
    </message>
    <message>
        <source>What is left of the agreed amount falls due at once</source>
        <translation>约定金额的剩余部分立即到期</translation>
    </message>
    <message>
        <source>Something else (see the clause)</source>
        <translation>其他（见条款原文）</translation>
    </message>
    <message>
        <source>Statement of claim served (起诉状): time to file a defence</source>
        <translation>已收到起诉状：答辩期限</translation>
    </message>
    <message>
        <source>Judgment served (判决书): time to appeal</source>
        <translation>已收到判决书：上诉期限</translation>
    </message>
    <message>
        <source>Ruling served (裁定书): time to appeal</source>
        <translation>已收到裁定书：上诉期限</translation>
    </message>
    <message>
        <source>I acknowledged the debt in writing</source>
        <translation>我曾书面确认这笔债务</translation>
    </message>
    <message>
        <source>The lender demanded payment in writing</source>
        <translation>债权人曾书面催款</translation>
    </message>
</context>
<context>
    <name>AgreementsScreen</name>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>等待答复</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation>还价</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>逾期未答复</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>已违约</translation>
    </message>
    <message>
        <source>Payment late, inside the grace</source>
        <translation>还款晚了，仍在宽限期内</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常履行</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>Paid after the grace</source>
        <translation>宽限期后才还</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>未还足</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未还</translation>
    </message>
    <message>
        <source>Late, inside the grace</source>
        <translation>晚了，仍在宽限期内</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Defence to a claim</source>
        <translation>起诉状答辩</translation>
    </message>
    <message>
        <source>Appeal against a judgment</source>
        <translation>判决上诉</translation>
    </message>
    <message>
        <source>Appeal against a ruling</source>
        <translation>裁定上诉</translation>
    </message>
    <message>
        <source>Written acknowledgement</source>
        <translation>书面确认债务</translation>
    </message>
    <message>
        <source>Written demand</source>
        <translation>书面催款</translation>
    </message>
    <message>
        <source>Limitation period ends (oldest unpaid instalment)</source>
        <translation>诉讼时效届满（最早一期未还款项）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>{n}天后</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n}天前</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>寄出日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reply or wait until</source>
        <translation>答复或等待至</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>债权人</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Agreed total</source>
        <translation>约定总额</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>#</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>还款额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Counting down</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Record the reply…</source>
        <translation>记录答复…</translation>
    </message>
    <message>
        <source>Record an agreement…</source>
        <translation>记录协议…</translation>
    </message>
    <message>
        <source>Letters and replies</source>
        <translation>信函与答复</translation>
    </message>
    <message>
        <source>The lender ended it…</source>
        <translation>债权人已终止协议…</translation>
    </message>
    <message>
        <source>Open the signed copy</source>
        <translation>打开签署副本</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Add a court document or acknowledgement…</source>
        <translation>添加法院文书或书面确认…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The limitation period (诉讼时效) is three years from each due date, started again by a payment, a written acknowledgement or the lender&apos;s written demand; for a debt repaid in instalments the Civil Code counts from the last instalment. Court documents state their own deadline: enter it. </source>
        <translation>诉讼时效为三年，从每期到期日起算；还款、书面确认债务或债权人书面催款都会使时效重新起算；分期偿还的同一笔债务，依《民法典》从最后一期到期日起算。法院文书上写明的期限以文书为准：请把它填进来。</translation>
    </message>
    <message>
        <source>Legal time limits</source>
        <translation>法律期限</translation>
    </message>
    <message>
        <source>Remind me at login (adds a DebtDesk entry to the desktop&apos;s autostart)</source>
        <translation>登录时提醒我（在桌面的自动启动项中添加 DebtDesk）</translation>
    </message>
    <message>
        <source>Export payments to a calendar…</source>
        <translation>将还款日程导出到日历…</translation>
    </message>
    <message>
        <source>No agreement yet. When a lender accepts your proposal or you accept theirs, record it here: its schedule then replaces the contract&apos;s.</source>
        <translation>还没有协议。债权人接受了您的方案，或者您接受了对方的方案后，请在这里记录：之后将按协议的还款计划取代合同的还款计划。</translation>
    </message>
    <message>
        <source>This is general information, not legal advice.</source>
        <translation>以上为一般性信息，不构成法律意见。</translation>
    </message>
    <message>
        <source>the lender can treat the whole original debt and its penalties as due again: as the contract stands today, {revived} at once, with penalty interest running on it again.</source>
        <translation>债权人可以要求原债务及其罚息全部重新到期：按合同目前的情况，须立即偿还{revived}，并重新计收罚息。</translation>
    </message>
    <message>
        <source>what is left of the agreed amount, {remaining}, falls due at once.</source>
        <translation>约定金额的剩余部分{remaining}须立即偿还。</translation>
    </message>
    <message>
        <source>as the agreement says: {clause}</source>
        <translation>按协议约定：{clause}</translation>
    </message>
    <message>
        <source>The agreement&apos;s own words: {clause}</source>
        <translation>协议原文：{clause}</translation>
    </message>
    <message>
        <source>If a payment is missed after the grace, {clause}</source>
        <translation>宽限期过后仍漏还的，{clause}</translation>
    </message>
    <message>
        <source>Agreement broken since {date}: instalment {n} due on {due} was {amount} short when the grace ended.</source>
        <translation>协议自{date}起违约：第{n}期（{due}到期）在宽限期结束时仍差{amount}。</translation>
    </message>
    <message>
        <source>Agreement broken since {date}: instalment {n} due on {due} was not paid ({amount}) by the end of the grace.</source>
        <translation>协议自{date}起违约：第{n}期（{due}到期）在宽限期结束前未还（{amount}）。</translation>
    </message>
    <message>
        <source>What the agreement says happens next: {clause}
Call or write to the lender now, pay what is missing, and ask in writing to keep the agreement; keep every reply.</source>
        <translation>协议约定的后果：{clause}
请立即致电或写信给债权人，补足欠款，并书面请求继续履行协议；保留每一份答复。</translation>
    </message>
    <message>
        <source>An agreed payment is late: pay {amount} by {date} to keep the agreement.</source>
        <translation>有一期约定还款逾期了：请在{date}前还{amount}，以保住协议。</translation>
    </message>
    <message>
        <source>On track: next payment {amount} on {date}.</source>
        <translation>正常履行：下一期{date}还{amount}。</translation>
    </message>
    <message>
        <source>In force from {date}.</source>
        <translation>自{date}起生效。</translation>
    </message>
    <message>
        <source>Every agreed payment is made.</source>
        <translation>约定的每一期都已还清。</translation>
    </message>
    <message>
        <source>Ended on {date}: the contract applies again.</source>
        <translation>已于{date}结束：重新适用原合同。</translation>
    </message>
    <message>
        <source>Before the agreement: the contract, {principal} {currency} over {months} months from {start}, due on day {day}.</source>
        <translation>协议之前：原合同，本金{principal} {currency}，共{months}个月，{start}起，每月{day}日还款。</translation>
    </message>
    <message>
        <source>Agreed on {signed}: {balance} {currency}, {n} payments from {first}, grace {grace} days.</source>
        <translation>{signed}签署：{balance} {currency}，{first}起共{n}期，宽限期{grace}天。</translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation>记录答复</translation>
    </message>
    <message>
        <source>Choose a letter first. Letters are listed once exported from the Proposal or Letters page.</source>
        <translation>请先选择一封信函。信函从“方案”页或“信函”页导出后才会列在这里。</translation>
    </message>
    <message>
        <source>Record an agreement</source>
        <translation>记录协议</translation>
    </message>
    <message>
        <source>Choose the letter the lender answered first.</source>
        <translation>请先选择债权人所答复的那封信函。</translation>
    </message>
    <message>
        <source>End this agreement as of {date}? From then on the contract&apos;s schedule and penalties apply again, as when a lender revives the debt. You can undo this.</source>
        <translation>从{date}起结束这份协议？之后将重新适用原合同的还款计划和罚息，就像债权人恢复原债务时一样。此操作可以撤销。</translation>
    </message>
    <message>
        <source>End the agreement</source>
        <translation>结束协议</translation>
    </message>
    <message>
        <source>End it</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>签署副本</translation>
    </message>
    <message>
        <source>No signed copy is attached to this agreement.</source>
        <translation>这份协议没有附上签署副本。</translation>
    </message>
    <message>
        <source>DebtDesk reminders</source>
        <translation>DebtDesk 提醒</translation>
    </message>
    <message>
        <source>Payments due soon, late payments and deadlines, at login</source>
        <translation>登录时提醒即将到期的还款、逾期的还款和各项期限</translation>
    </message>
    <message>
        <source>Reminders at login</source>
        <translation>登录时提醒</translation>
    </message>
    <message>
        <source>The autostart entry could not be written: {problem}</source>
        <translation>无法写入自动启动项：{problem}</translation>
    </message>
    <message>
        <source>Export payments to a calendar</source>
        <translation>将还款日程导出到日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>DebtDesk: payments and deadlines</source>
        <translation>DebtDesk：还款与期限</translation>
    </message>
    <message>
        <source>Pay {amount} {currency} to {lender}</source>
        <translation>向{lender}还款{amount} {currency}</translation>
    </message>
    <message>
        <source>Agreed instalment {number} (agreement of {signed})</source>
        <translation>约定的第{number}期（{signed}签署的协议）</translation>
    </message>
    <message>
        <source>Instalment {number} of the contract</source>
        <translation>合同第{number}期</translation>
    </message>
    <message>
        <source>Already paid: {amount} {currency}</source>
        <translation>已还：{amount} {currency}</translation>
    </message>
    <message>
        <source>Tomorrow: pay {amount} {currency} to {lender}</source>
        <translation>明天：向{lender}还款{amount} {currency}</translation>
    </message>
    <message>
        <source>Court deadline: {title}</source>
        <translation>法院期限：{title}</translation>
    </message>
    <message>
        <source>The last day to act on the document served on {served}. Not legal advice: the document&apos;s own date wins.</source>
        <translation>对{served}送达的文书采取行动的最后一天。不构成法律意见：以文书上写明的日期为准。</translation>
    </message>
    <message>
        <source>Tomorrow is the court deadline: {title}</source>
        <translation>明天是法院期限：{title}</translation>
    </message>
    <message>
        <source>file a defence to the claim</source>
        <translation>对起诉状提交答辩状</translation>
    </message>
    <message>
        <source>appeal the judgment</source>
        <translation>对判决提起上诉</translation>
    </message>
    <message>
        <source>appeal the ruling</source>
        <translation>对裁定提起上诉</translation>
    </message>
    <message>
        <source>{path} could not be written: {problem}</source>
        <translation>无法写入{path}：{problem}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>DebtDesk is already running but does not answer; close it and try again.</source>
        <translation>DebtDesk 已在运行，但没有响应；请关闭它后再试。</translation>
    </message>
</context>
<context>
    <name>AttachRow</name>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
</context>
<context>
    <name>BackgroundCheck</name>
    <message>
        <source>The file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>SQLite&apos;s full check found damage in {name}: {problem}

DebtDesk has not changed it because of this. Go back to a backup (File ▸ Restore from backup), or copy everything still readable into a new file (File ▸ Check file…).</source>
        <translation>SQLite 的完整检查发现 {name} 已损坏：{problem}

DebtDesk 因此没有更改它。你可以恢复到某个备份（文件 ▸ 从备份恢复），或把仍能读取的内容复制到一个新文件（文件 ▸ 检查文件…）。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>made on request</source>
        <translation>手动创建</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>{debts} debts, {payments} payments, {contacts} contacts, {budgets} budgets</source>
        <translation>{debts}笔债务、{payments}笔还款、{contacts}条催收记录、{budgets}份预算</translation>
    </message>
    <message>
        <source>{when} ({kind}): {contents}</source>
        <translation>{when}（{kind}）：{contents}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The file as it is now is kept as a backup too, so a restore can itself be undone.</source>
        <translation>请选择要恢复到的备份。文件的当前状态也会保存为一份备份，所以恢复操作本身也可以撤回。</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>这个文件还没有备份。</translation>
    </message>
</context>
<context>
    <name>BudgetHeaderDialog</name>
    <message>
        <source>Date of this budget</source>
        <translation>预算日期</translation>
    </message>
    <message>
        <source>Keep a new budget whenever your situation changes.</source>
        <translation>每当情况发生变化，就新建一份预算。</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>名称（可选）</translation>
    </message>
    <message>
        <source>e.g. after losing my job</source>
        <translation>例如：失业之后</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
</context>
<context>
    <name>BudgetLabels</name>
    <message>
        <source>Wages and salary</source>
        <translation>工资薪金</translation>
    </message>
    <message>
        <source>Benefits and allowances</source>
        <translation>补贴及救助金</translation>
    </message>
    <message>
        <source>Support from family</source>
        <translation>亲属资助</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Housing (rent, mortgage)</source>
        <translation>住房（房租、房贷）</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>餐饮食品</translation>
    </message>
    <message>
        <source>Utilities and phone</source>
        <translation>水电燃气及通讯</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>子女照护</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Other essential expense</source>
        <translation>其他必要支出</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Add income</source>
        <translation>添加收入</translation>
    </message>
    <message>
        <source>Add an essential expense</source>
        <translation>添加必要支出</translation>
    </message>
    <message>
        <source>Edit income</source>
        <translation>编辑收入</translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation>编辑支出</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>说明（可选）</translation>
    </message>
    <message>
        <source>e.g. part-time job</source>
        <translation>例如：兼职工作</translation>
    </message>
    <message>
        <source>e.g. rent for the flat</source>
        <translation>例如：房租</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>As you receive or pay it; choose how often below.</source>
        <translation>按实际收到或支付的金额填写；下面选择频率。</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>That is {amount} a month.</source>
        <translation>相当于每月{amount}。</translation>
    </message>
</context>
<context>
    <name>BudgetScreen</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>折合每月</translation>
    </message>
    <message>
        <source>{amount} ({frequency}) as a monthly amount</source>
        <translation>{amount}（{frequency}）折合每月金额</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Start an empty budget for a new date</source>
        <translation>为新日期新建一份空白预算</translation>
    </message>
    <message>
        <source>Copy to a new date…</source>
        <translation>复制到新日期…</translation>
    </message>
    <message>
        <source>Your situation changed: start from this budget and adjust it</source>
        <translation>情况有变：以这份预算为基础再作调整</translation>
    </message>
    <message>
        <source>Date and name…</source>
        <translation>日期和名称…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Budget of</source>
        <translation>预算日期</translation>
    </message>
    <message>
        <source>No budget yet. Write down what comes in and what you must pay each month: creditors ask for it, and it shows what you can really offer. Click “New…” to start.</source>
        <translation>还没有预算。请写下每月的收入和必须支付的开支：债权人会要求看这些，它也能说明您实际能拿出多少钱还款。点击“新建…”开始。</translation>
    </message>
    <message>
        <source>Each month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Essential expenses</source>
        <translation>必要支出</translation>
    </message>
    <message>
        <source>Disposable income</source>
        <translation>可支配收入</translation>
    </message>
    <message>
        <source>Add income…</source>
        <translation>添加收入…</translation>
    </message>
    <message>
        <source>Add expense…</source>
        <translation>添加支出…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Show the budget as a chart, against what the debts ask each month</source>
        <translation>以图表显示预算，并与各笔债务每月应还金额对比</translation>
    </message>
    <message>
        <source>Total {amount} a month</source>
        <translation>合计每月{amount}</translation>
    </message>
    <message>
        <source>Add what comes in each month and what you must pay to live.</source>
        <translation>请添加每月的收入和必要的生活开支。</translation>
    </message>
    <message>
        <source>Your essential expenses are {amount} a month more than your income. That is important to show your creditors honestly: right now you cannot pay them from income, so ask first for a pause (deferral) or a token payment, and look for help with the shortfall.</source>
        <translation>您每月的必要支出比收入多{amount}。如实向债权人说明这一点很重要：目前您无法用收入还款，所以请先申请暂停还款（延期还款）或象征性还款，并为缺口寻求帮助。</translation>
    </message>
    <message>
        <source>Nothing is left for debts after essential expenses.</source>
        <translation>扣除必要支出后，已没有余钱可用于还债。</translation>
    </message>
    <message>
        <source>This is what you can offer all your creditors together each month, without going short on essentials.</source>
        <translation>这是您每月在不影响必要生活开支的前提下，能向所有债权人合计提供的还款金额。</translation>
    </message>
    <message>
        <source>New budget</source>
        <translation>新建预算</translation>
    </message>
    <message>
        <source>Copy budget to a new date</source>
        <translation>将预算复制到新日期</translation>
    </message>
    <message>
        <source>Date and name of this budget</source>
        <translation>这份预算的日期和名称</translation>
    </message>
    <message>
        <source>Delete the budget of {date} and its {n} lines?
You can undo this with Edit ▸ Undo.</source>
        <translation>删除{date}的预算及其{n}个条目？
可以通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <source>Delete budget</source>
        <translation>删除预算</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Add income</source>
        <translation>添加收入</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>添加支出</translation>
    </message>
    <message>
        <source>Edit income</source>
        <translation>编辑收入</translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation>编辑支出</translation>
    </message>
    <message>
        <source>Remove income</source>
        <translation>移除收入</translation>
    </message>
    <message>
        <source>Remove expense</source>
        <translation>移除支出</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Drawing the chart…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <source>&amp;Copy the numbers</source>
        <translation>复制数据(&amp;C)</translation>
    </message>
    <message>
        <source>Copy every table beside the chart, tab-separated, to paste into a spreadsheet</source>
        <translation>把图表旁的所有表格以制表符分隔复制，以便粘贴到电子表格中</translation>
    </message>
    <message>
        <source>Working out this chart…</source>
        <translation>正在计算这张图表…</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Nothing to show yet: add a debt, or open the demo household.</source>
        <translation>暂无数据：请先添加一笔债务，或打开示例家庭。</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>金额（{currency}）</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>债权人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Where the money goes: what is owed today</source>
        <translation>钱都欠在哪里：今天的欠款</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Penalties and fees</source>
        <translation>罚息及费用</translation>
    </message>
    <message>
        <source>Nothing is owed on any debt.</source>
        <translation>所有债务均无欠款。</translation>
    </message>
    <message>
        <source>{kind} ({n} debts)</source>
        <translation>{kind}（{n} 笔）</translation>
    </message>
    <message>
        <source>{kind} (1 debt)</source>
        <translation>{kind}（1 笔）</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>余额变化</translation>
    </message>
    <message>
        <source>Balance over time: {debt}</source>
        <translation>余额变化：{debt}</translation>
    </message>
    <message>
        <source>Principal still owed</source>
        <translation>尚欠本金</translation>
    </message>
    <message>
        <source>paid so far</source>
        <translation>已还部分</translation>
    </message>
    <message>
        <source>projected under current terms</source>
        <translation>按现行条款预计</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The cost of waiting: penalties and fees owed if nothing is paid</source>
        <translation>拖延的代价：若不还款，应付的罚息及费用</translation>
    </message>
    <message>
        <source>The cost of waiting: {debt}</source>
        <translation>拖延的代价：{debt}</translation>
    </message>
    <message>
        <source>Penalties and fees owed</source>
        <translation>应付罚息及费用</translation>
    </message>
    <message>
        <source>Household ({currency})</source>
        <translation>全家合计（{currency}）</translation>
    </message>
    <message>
        <source>Stage entered</source>
        <translation>进入阶段</translation>
    </message>
    <message>
        <source>{debt} enters {stage} ({days} days past due)</source>
        <translation>{debt} 进入{stage}（逾期 {days} 天）</translation>
    </message>
    <message>
        <source>Nothing is overdue or due within a year: waiting costs nothing yet.</source>
        <translation>一年内没有逾期或到期的款项：目前拖延不产生费用。</translation>
    </message>
    <message>
        <source>The budget, each month ({currency})</source>
        <translation>每月收支（{currency}）</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Essential spending</source>
        <translation>必要支出</translation>
    </message>
    <message>
        <source>Left for debts</source>
        <translation>可用于还款</translation>
    </message>
    <message>
        <source>Payments to debts</source>
        <translation>还款</translation>
    </message>
    <message>
        <source>More than is left</source>
        <translation>超出可用金额</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Payments each month against what is left</source>
        <translation>每月还款与可用金额</translation>
    </message>
    <message>
        <source>No budget yet: add income and essential spending on the Budget page.</source>
        <translation>尚无预算：请在“预算”页填写收入和必要支出。</translation>
    </message>
    <message>
        <source>Plans compared</source>
        <translation>方案比较</translation>
    </message>
    <message>
        <source>Paid each month</source>
        <translation>每月还款</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>共还</translation>
    </message>
    <message>
        <source>Interest and penalties</source>
        <translation>利息及罚息</translation>
    </message>
    <message>
        <source>Debt-free</source>
        <translation>还清日期</translation>
    </message>
    <message>
        <source>Saved against current terms</source>
        <translation>比现行条款节省</translation>
    </message>
    <message>
        <source>{amount} a month is less than the minimum payments together ({needed}): payoff strategies need at least that much.</source>
        <translation>每月 {amount} 低于各笔最低还款之和（{needed}）：还款策略至少需要这么多。</translation>
    </message>
    <message>
        <source>Nothing is owed: there is no plan to compare.</source>
        <translation>没有欠款，无需比较方案。</translation>
    </message>
    <message>
        <source>Current terms</source>
        <translation>现行条款</translation>
    </message>
    <message>
        <source>Avalanche (highest rate first)</source>
        <translation>雪崩法（先还利率最高的）</translation>
    </message>
    <message>
        <source>Snowball (smallest balance first)</source>
        <translation>雪球法（先还余额最小的）</translation>
    </message>
    <message>
        <source>Fair share (pro rata)</source>
        <translation>按比例分配</translation>
    </message>
    <message>
        <source>Proposed plan</source>
        <translation>拟议方案</translation>
    </message>
    <message>
        <source>{strategy}: {amount} a month, debt-free {date}</source>
        <translation>{strategy}：每月 {amount}，{date} 还清</translation>
    </message>
    <message>
        <source>Balance by debt</source>
        <translation>各笔债务余额</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>还款</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>{debt} cleared in month {month} ({date})</source>
        <translation>{debt} 于第 {month} 个月还清（{date}）</translation>
    </message>
    <message>
        <source>{n} other debts</source>
        <translation>其他 {n} 笔债务</translation>
    </message>
</context>
<context>
    <name>ChartsScreen</name>
    <message>
        <source>&amp;Debt:</source>
        <translation>债务(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>策略(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Each month:</source>
        <translation>每月金额(&amp;E)：</translation>
    </message>
    <message>
        <source>Where the money goes</source>
        <translation>钱都欠在哪里</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>余额变化</translation>
    </message>
    <message>
        <source>The cost of waiting</source>
        <translation>拖延的代价</translation>
    </message>
    <message>
        <source>The budget</source>
        <translation>收支预算</translation>
    </message>
    <message>
        <source>Plans compared</source>
        <translation>方案比较</translation>
    </message>
    <message>
        <source>Payoff plan</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>All debts</source>
        <translation>所有债务</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>例如 {amount}</translation>
    </message>
    <message>
        <source>Enter the monthly amount as a number, such as 9000.</source>
        <translation>请以数字填写每月金额，例如 9000。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{text!r} is not a date in the form YYYY-MM-DD</source>
        <extracomment>Commands that never write the file they are given. Commands whose --lang is the language of the document they make; what they print follows it too. The dates DebtDesk computes with (far beyond them, date arithmetic overflows).</extracomment>
        <translation>{text!r} 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>{text!r} is outside the dates DebtDesk computes with ({first} to {last})</source>
        <translation>{text!r} 超出了 DebtDesk 能计算的日期范围（{first}至{last}）</translation>
    </message>
    <message>
        <source>{file} could not be read or written ({problem}); it was left as it was.</source>
        <translation>{file}无法读取或写入（{problem}）；文件保持原样。</translation>
    </message>
    <message>
        <source>{problem}{where}; nothing was changed.</source>
        <translation>{problem}{where}；没有做任何更改。</translation>
    </message>
    <message>
        <source>{file} holds a value this DebtDesk cannot use ({problem}); it was left as it was.</source>
        <translation>{file}中有这个版本的 DebtDesk 无法使用的值（{problem}）；文件保持原样。</translation>
    </message>
    <message>
        <source>debtdesk {command}: note: {note}</source>
        <translation>debtdesk {command}：提示：{note}</translation>
    </message>
    <message>
        <source>The data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>--currency: use a three-letter currency code such as CNY, HKD or USD.</source>
        <translation>--currency：请使用三个字母的币种代码，例如 CNY、HKD 或 USD。</translation>
    </message>
</context>
<context>
    <name>CliAgreement</name>
    <message>
        <source>--term {field}: {problem}</source>
        <translation>--term {field}：{problem}</translation>
    </message>
    <message>
        <source>--term: terms go with --outcome counter-offer.</source>
        <translation>--term：条款只能与 --outcome counter-offer 一起使用。</translation>
    </message>
    <message>
        <source>--term: give the counter-offer&apos;s terms (at least --term balance=AMOUNT).</source>
        <translation>--term：请给出还价的条款（至少要有 --term balance=金额）。</translation>
    </message>
    <message>
        <source>Letter {id}: {outcome}, answer awaited by {date}</source>
        <translation>信函 {id}：{outcome}，等待答复至{date}</translation>
    </message>
    <message>
        <source>Letter {id}: {outcome}</source>
        <translation>信函 {id}：{outcome}</translation>
    </message>
    <message>
        <source>--grace: must be between 0 and 365 days.</source>
        <translation>--grace：必须在 0 到 365 天之间。</translation>
    </message>
    <message>
        <source>give either --proposal ID or the terms with --term (not both).</source>
        <translation>请给出 --proposal 编号，或用 --term 给出条款（二者只能选一）。</translation>
    </message>
    <message>
        <source>--proposal: debt {debt} has no saved proposal number {proposal}.</source>
        <translation>--proposal：债务 {debt} 没有编号为 {proposal} 的已保存方案。</translation>
    </message>
    <message>
        <source>--{option}: {problem}</source>
        <translation>--{option}：{problem}</translation>
    </message>
    <message>
        <source>--proposal: {problem}</source>
        <translation>--proposal：{problem}</translation>
    </message>
    <message>
        <source>Agreement {id} on debt {debt}: {count} payments from {first}, {total} in all; in force from {start}.</source>
        <translation>债务 {debt} 的协议 {id}：自{first}起共 {count} 期还款，合计 {total}；自{start}起生效。</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>截至{date}</translation>
    </message>
    <message>
        <source>debt {id}</source>
        <translation>债务 {id}</translation>
    </message>
    <message>
        <source>#{id} {lender}: {standing}; paid {paid} of {total}, from {start}</source>
        <translation>#{id} {lender}：{standing}；已还 {paid}／共 {total}，自{start}起</translation>
    </message>
    <message>
        <source>broken on {date} (instalment {number}, {shortfall} missing)</source>
        <translation>于{date}违约（第 {number} 期，差 {shortfall}）</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>letter {id} to {recipient} ({date}): {outcome}</source>
        <translation>致{recipient}的信函 {id}（{date}）：{outcome}</translation>
    </message>
    <message>
        <source>Agreement {id} with {lender}, in force from {start}: {standing}</source>
        <translation>与{lender}的协议 {id}，自{start}起生效：{standing}</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>An agreed payment is late: pay it by {date} to keep the agreement.</source>
        <translation>有一期约定还款已逾期：请在{date}前还上，协议才能继续有效。</translation>
    </message>
    <message>
        <source>Broken on {date}: instalment {number} was short by {shortfall}.</source>
        <translation>已于{date}违约：第 {number} 期少还了 {shortfall}。</translation>
    </message>
    <message>
        <source>Broken on {date}: instalment {number} was missed, {shortfall}.</source>
        <translation>已于{date}违约：第 {number} 期未还，{shortfall}。</translation>
    </message>
    <message>
        <source>What the agreement says happens next ({clause}): the lender can ask for {amount} {currency} at once.</source>
        <translation>按协议约定的后果（{clause}）：债权人可以要求立即偿还 {amount} {currency}。</translation>
    </message>
    <message>
        <source>The clause: {clause}</source>
        <translation>条款原文：{clause}</translation>
    </message>
    <message>
        <source>Agreement {id} ends on {date}; the contract applies again from then.</source>
        <translation>协议 {id} 于{date}终止；自该日起重新按原合同执行。</translation>
    </message>
</context>
<context>
    <name>CliCalendar</name>
    <message>
        <source>--months: must be between 1 and 600.</source>
        <translation>--months：必须在 1 到 600 之间。</translation>
    </message>
    <message>
        <source>--out: the folder {folder} does not exist.</source>
        <translation>--out：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Could not write {file}: {problem}.</source>
        <translation>无法写入 {file}：{problem}。</translation>
    </message>
    <message>
        <source>Wrote {count} events to {file}</source>
        <translation>已将 {count} 个日程写入 {file}</translation>
    </message>
</context>
<context>
    <name>CliChart</name>
    <message>
        <source>--out: {name} is not a .png, .svg or .pdf file name.</source>
        <translation>--out：{name} 不是 .png、.svg 或 .pdf 文件名。</translation>
    </message>
    <message>
        <source>--debt: the {kind} chart shows every debt together; --debt works with {kinds}.</source>
        <translation>--debt：{kind} 图表同时显示所有债务；--debt 只适用于 {kinds}。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>--monthly: {problem}</source>
        <translation>--monthly：{problem}</translation>
    </message>
    <message>
        <source>--out: {file} could not be written ({problem}).</source>
        <translation>--out：无法写入 {file}（{problem}）。</translation>
    </message>
</context>
<context>
    <name>CliContacts</name>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>when</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>催收员</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Contact rules: allowed {start}–{end}, at most {max} a day from one company</source>
        <translation>催收规则：允许联系时间 {start}–{end}，同一公司每天最多 {max} 次</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>file: {name} ({size} bytes, sha256 {sha256}…)</source>
        <translation>文件：{name}（{size} 字节，sha256 {sha256}…）</translation>
    </message>
    <message>
        <source>1 contact, {flagged} flagged</source>
        <translation>1 条催收记录，{flagged} 条有警示</translation>
    </message>
    <message>
        <source>{n} contacts, {flagged} flagged</source>
        <translation>{n} 条催收记录，{flagged} 条有警示</translation>
    </message>
    <message>
        <source>{summary}: {counts}</source>
        <translation>{summary}：{counts}</translation>
    </message>
</context>
<context>
    <name>CliData</name>
    <message>
        <source>Wrote {debts} demo debts with {payments} payments to {file}</source>
        <translation>已将 {debts} 笔示例债务和 {payments} 笔还款写入 {file}</translation>
    </message>
    <message>
        <source>{summary} imported into {file}</source>
        <translation>已导入到 {file}：{summary}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>没有任何内容</translation>
    </message>
</context>
<context>
    <name>CliEncryption</name>
    <message>
        <source>{file} is encrypted: give its passphrase in the environment variable {variable}, or run the command in a terminal to be asked for it.</source>
        <translation>{file} 已加密：请在环境变量 {variable} 中提供它的密码，或在终端里运行这条命令，按提示输入。</translation>
    </message>
    <message>
        <source>Passphrase for {file}: </source>
        <translation>{file} 的密码：</translation>
    </message>
    <message>
        <source>Give the new passphrase in the environment variable {variable}, or run the command in a terminal to be asked for it.</source>
        <translation>请在环境变量 {variable} 中提供新密码，或在终端里运行这条命令，按提示输入。</translation>
    </message>
    <message>
        <source>Nobody can open {file} without this passphrase, and nobody can recover it for you: if it is lost, the data is lost. Write it down somewhere safe.</source>
        <translation>没有这个密码，谁也打不开 {file}，也没有人能帮你找回密码：密码丢了，数据也就丢了。请把它写下来，放在安全的地方。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>再输入一次新密码：</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；没有做任何更改。</translation>
    </message>
    <message>
        <source>Encrypted {file}, {files} attached files and {backups} backups.</source>
        <translation>已加密 {file}、{files} 个附件和 {backups} 份备份。</translation>
    </message>
    <message>
        <source>{file} was already encrypted; {files} attached files and {backups} backups left plain by an interrupted run are now encrypted too.</source>
        <translation>{file} 原本就已加密；上次中断时还没加密的 {files} 个附件和 {backups} 份备份，现在也已加密。</translation>
    </message>
    <message>
        <source>Took the encryption off {file}, {files} attached files and {backups} backups.</source>
        <translation>已取消 {file}、{files} 个附件和 {backups} 份备份的加密。</translation>
    </message>
    <message>
        <source>{file} is not encrypted; nothing to do.</source>
        <translation>{file} 没有加密；无需操作。</translation>
    </message>
    <message>
        <source>The backup {backup} could not be converted (it may have another passphrase); it was left as it was.</source>
        <translation>备份 {backup} 无法转换（它可能使用了另一个密码）；已保持原样。</translation>
    </message>
</context>
<context>
    <name>CliExportCsv</name>
    <message>
        <source>--what budget: the file holds no budget taken on or before {date}.</source>
        <translation>--what budget：文件中没有{date}或之前的预算。</translation>
    </message>
    <message>
        <source>--debt: only the schedule is written for one debt; leave --debt out.</source>
        <translation>--debt：只有还款计划可以按单笔债务导出；请去掉 --debt。</translation>
    </message>
    <message>
        <source>--out: could not write {file}: {problem}.</source>
        <translation>--out：无法写入 {file}：{problem}。</translation>
    </message>
    <message>
        <source>Wrote {count} {what} rows to {file}</source>
        <translation>已将 {count} 行 {what} 数据写入 {file}</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>where the money goes: each debt by lender and kind, split into not yet due, overdue, and penalties and fees owed</source>
        <extracomment>kind -&gt; what it shows (English, marked for the command line&apos;s help, which translates it).</extracomment>
        <translation>钱都欠在哪里：每笔债务按债权人和类型列出，分为未到期、已逾期，以及所欠的罚息和费用</translation>
    </message>
    <message>
        <source>each debt&apos;s balance from its start to its end: paid so far and projected under current terms</source>
        <translation>每笔债务从开始到结束的余额变化：已还部分，以及按现行条款的预计</translation>
    </message>
    <message>
        <source>the cost of waiting: penalties and fees owed day by day for a year if nothing is paid, with each stage boundary</source>
        <translation>拖延的代价：若不还款，一年内逐日累计应付的罚息及费用，并标出每个阶段的分界</translation>
    </message>
    <message>
        <source>income, essential spending and what is left, per category, against the monthly payments</source>
        <translation>按类别列出收入、必要支出和结余，并与每月还款对照</translation>
    </message>
    <message>
        <source>plans compared: current terms, avalanche, snowball and fair share, by month and in total</source>
        <translation>方案比较：现行条款、雪崩法、雪球法和按比例分配，逐月及合计</translation>
    </message>
    <message>
        <source>one payoff strategy: each debt&apos;s balance month by month until debt-free</source>
        <translation>单一还款策略：每笔债务逐月的余额，直到全部还清</translation>
    </message>
    <message>
        <source>language of the text output: zh-Hans, zh-Hant or en (default: from the locale); --json is the same in every language</source>
        <translation>文字输出的语言：zh-Hans、zh-Hant 或 en（默认：按系统的区域设置）；--json 的输出在各种语言下都相同</translation>
    </message>
    <message>
        <source>compute everything as on this date (default: today)</source>
        <translation>以这一天为准计算所有结果（默认：今天）</translation>
    </message>
    <message>
        <source>DebtDesk keeps track of overdue debts in one local file. With no command it opens the window; `debtdesk FILE` opens that file in it.</source>
        <translation>DebtDesk 把逾期债务记录在一个本地文件里。不带命令时打开窗口；`debtdesk FILE` 在窗口中打开该文件。</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序的版本号并退出</translation>
    </message>
    <message>
        <source>open this .debtdesk file in the window</source>
        <translation>在窗口中打开这个 .debtdesk 文件</translation>
    </message>
    <message>
        <source>same as the remind command: notify and exit</source>
        <translation>与 remind 命令相同：发出提醒后退出</translation>
    </message>
    <message>
        <source>record a lender&apos;s reply and agreements; check payments against them</source>
        <translation>记录债权人的答复和协议；对照协议检查还款</translation>
    </message>
    <message>
        <source>`debtdesk agreement`: what came of a letter, agreements recorded and checked against payments.</source>
        <translation>`debtdesk agreement`：信函的结果，以及记录在案、对照还款检查的协议。</translation>
    </message>
    <message>
        <source>the .debtdesk file</source>
        <translation>.debtdesk 文件</translation>
    </message>
    <message>
        <source>record what came of a letter (with the reply attached)</source>
        <translation>记录信函的结果（附上答复）</translation>
    </message>
    <message>
        <source>the letter&apos;s number (agreement list shows letters without an outcome)</source>
        <translation>信函编号（agreement list 会列出尚无结果的信函）</translation>
    </message>
    <message>
        <source>when the reply came (default: --as-of)</source>
        <translation>收到答复的日期（默认：--as-of）</translation>
    </message>
    <message>
        <source>wait for an answer until this date</source>
        <translation>等待答复到这一天为止</translation>
    </message>
    <message>
        <source>a counter-offer&apos;s agreed terms as NAME=VALUE: balance, instalments, down-payment, deferral, lower-payment, lower-months, settlement, rate (percent a year), grace (days), due-day, waived</source>
        <translation>还价中约定的条款，写成 NAME=VALUE：balance、instalments、down-payment、deferral、lower-payment、lower-months、settlement、rate（年利率，百分数）、grace（天数）、due-day、waived</translation>
    </message>
    <message>
        <source>a counter-offer&apos;s first payment date</source>
        <translation>还价中的第一期还款日</translation>
    </message>
    <message>
        <source>the reply (letter, screenshot)</source>
        <translation>答复（信函、截图）</translation>
    </message>
    <message>
        <source>what was said</source>
        <translation>对方说了什么</translation>
    </message>
    <message>
        <source>record an agreement from a saved proposal or from the terms agreed</source>
        <translation>根据已保存的方案或约定的条款记录协议</translation>
    </message>
    <message>
        <source>the accepted proposal (its plan becomes the terms)</source>
        <translation>已被接受的方案（其还款计划即成为协议条款）</translation>
    </message>
    <message>
        <source>agreed terms as NAME=VALUE: balance, instalments, down-payment, deferral, lower-payment, lower-months, settlement, rate (percent a year), grace (days), due-day, waived</source>
        <translation>约定的条款，写成 NAME=VALUE：balance、instalments、down-payment、deferral、lower-payment、lower-months、settlement、rate（年利率，百分数）、grace（天数）、due-day、waived</translation>
    </message>
    <message>
        <source>from this day the agreed schedule replaces the contract&apos;s (default: --as-of)</source>
        <translation>从这一天起，以约定的还款计划取代原合同的还款计划（默认：--as-of）</translation>
    </message>
    <message>
        <source>the first agreed payment (typed terms; default: a month after the start)</source>
        <translation>约定的第一期还款日（手动填写条款时；默认：起始日后一个月）</translation>
    </message>
    <message>
        <source>default: the start date</source>
        <translation>默认：起始日期</translation>
    </message>
    <message>
        <source>days a payment may be late before the agreement breaks</source>
        <translation>宽限天数：还款晚于这个天数，协议即告违约</translation>
    </message>
    <message>
        <source>what the agreement says a missed payment does (default: revives the original debt)</source>
        <translation>协议约定的漏还后果（默认：原债务恢复）</translation>
    </message>
    <message>
        <source>the agreement&apos;s own words about a missed payment</source>
        <translation>协议中关于漏还的原文</translation>
    </message>
    <message>
        <source>the letter it answers</source>
        <translation>它所答复的信函</translation>
    </message>
    <message>
        <source>the signed agreement</source>
        <translation>签署的协议</translation>
    </message>
    <message>
        <source>agreements and how they stand; letters and their outcomes</source>
        <translation>各份协议及其履行情况；各封信函及其结果</translation>
    </message>
    <message>
        <source>one agreement&apos;s schedule, the payments meeting it, and any breach</source>
        <translation>一份协议的还款计划、对应的还款，以及是否违约</translation>
    </message>
    <message>
        <source>end an agreement (the contract applies again from that day)</source>
        <translation>结束协议（从那天起重新适用原合同）</translation>
    </message>
    <message>
        <source>default: --as-of</source>
        <translation>默认：--as-of</translation>
    </message>
    <message>
        <source>e.g. the lender revived the debt</source>
        <translation>例如：债权人恢复了原债务</translation>
    </message>
    <message>
        <source>export coming payments and court deadlines to an iCalendar (.ics) file</source>
        <translation>将即将到来的还款和法院期限导出为 iCalendar（.ics）文件</translation>
    </message>
    <message>
        <source>Writes one all-day event per coming payment (the agreed instalments once an agreement is in force, the contract&apos;s due dates otherwise) and per court deadline, each with an alarm the day before. Exporting again updates the same events in a calendar program (stable UIDs), and the same data on the same --as-of date gives the same bytes.</source>
        <translation>为每一笔即将到来的还款（协议生效后为约定的各期，否则为合同的到期日）和每一个法院期限写入一个全天事件，并在前一天提醒。再次导出会在日历程序中更新同一批事件（UID 不变）；同样的数据在同一个 --as-of 日期导出，文件逐字节相同。</translation>
    </message>
    <message>
        <source>the .debtdesk file to read</source>
        <translation>要读取的 .debtdesk 文件</translation>
    </message>
    <message>
        <source>where to write the calendar</source>
        <translation>日历的写入位置</translation>
    </message>
    <message>
        <source>only this debt&apos;s payments and deadlines</source>
        <translation>只导出这笔债务的还款和期限</translation>
    </message>
    <message>
        <source>payments due within this many months (default 24)</source>
        <translation>导出多少个月内到期的还款（默认 24）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{kind}: {what}</source>
        <translation>{kind}（{what}）</translation>
    </message>
    <message>
        <source>draw a chart ({kinds}) to a PNG, SVG or PDF file</source>
        <translation>将一张图表（{kinds}）绘制成 PNG、SVG 或 PDF 文件</translation>
    </message>
    <message>
        <source>Draw one chart of the file to an image. Kinds — {kinds}.</source>
        <translation>把文件中的一张图表绘制成图片。图表种类：{kinds}。</translation>
    </message>
    <message>
        <source>what to draw: {kinds}</source>
        <translation>要绘制的图表：{kinds}</translation>
    </message>
    <message>
        <source>the image to write: .png, .svg or .pdf</source>
        <translation>要写入的图片：.png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>only this debt (for {kinds})</source>
        <translation>只画这笔债务（适用于 {kinds}）</translation>
    </message>
    <message>
        <source>the chart&apos;s language</source>
        <translation>图表的语言</translation>
    </message>
    <message>
        <source>light or dark colours</source>
        <translation>浅色或深色配色</translation>
    </message>
    <message>
        <source>money for all debts each month: the strategies&apos; amount (plans, payoff; default: the minimum payments together, rounded up to the hundred) or the payments drawn against the budget (default: what the current terms ask each month)</source>
        <translation>每月用于全部债务的钱：还款策略使用的金额（plans、payoff；默认：各笔最低还款之和，向上取整到百位），或与预算对照绘制的还款额（默认：现行条款每月要求的还款）</translation>
    </message>
    <message>
        <source>the payoff strategy drawn by --kind payoff</source>
        <translation>--kind payoff 所绘制的还款策略</translation>
    </message>
    <message>
        <source>the currency of plans and payoff (default: most debts&apos;)</source>
        <translation>plans 和 payoff 使用的币种（默认：多数债务的币种）</translation>
    </message>
    <message>
        <source>also print the chart&apos;s numbers, tab-separated</source>
        <translation>同时输出图表的数值，以制表符分隔</translation>
    </message>
    <message>
        <source>print the collector contact log with its flags</source>
        <translation>输出催收记录及其警示</translation>
    </message>
    <message>
        <source>Print every logged collector contact in time order with the flags it raises under the file&apos;s contact rules (contact at night, too many in a day, contacting others, threats, insults, false legal claims, posing as an official), and the state of each attached file (ok, missing or changed since it was attached).</source>
        <translation>按时间顺序输出记录的每一次催收，以及按文件中的催收规则触发的警示（夜间催收、一天内次数过多、联系他人、威胁、辱骂、虚构法律后果、冒充公职人员），并列出每个附件的状态（正常、缺失，或附加后被改动过）。</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>输出一个 JSON 对象</translation>
    </message>
    <message>
        <source>write the demo data set into a new file</source>
        <translation>将示例数据写入一个新文件</translation>
    </message>
    <message>
        <source>the new .debtdesk file</source>
        <translation>新的 .debtdesk 文件</translation>
    </message>
    <message>
        <source>household: six debts (default); large: plus 2,000 debts with 100 payments each and 100,000 collector contacts, for measuring speed</source>
        <translation>household：六笔债务（默认）；large：另加 2,000 笔债务（每笔 100 次还款）和 100,000 条催收记录，用于测试速度</translation>
    </message>
    <message>
        <source>export every table to the JSON interchange format</source>
        <translation>将所有数据表导出为 JSON 交换格式</translation>
    </message>
    <message>
        <source>where to write the JSON</source>
        <translation>JSON 的写入位置</translation>
    </message>
    <message>
        <source>import a JSON interchange file into a new or empty file</source>
        <translation>将 JSON 交换文件导入一个新文件或空文件</translation>
    </message>
    <message>
        <source>the .debtdesk file to fill</source>
        <translation>要填入数据的 .debtdesk 文件</translation>
    </message>
    <message>
        <source>the JSON file to import</source>
        <translation>要导入的 JSON 文件</translation>
    </message>
    <message>
        <source>encrypt a file, its attached files and its backups with a passphrase</source>
        <translation>用密码加密文件及其附件和备份</translation>
    </message>
    <message>
        <source>the .debtdesk file to encrypt</source>
        <translation>要加密的 .debtdesk 文件</translation>
    </message>
    <message>
        <source>take the encryption off a file, its attached files and its backups</source>
        <translation>取消文件及其附件和备份的加密</translation>
    </message>
    <message>
        <source>the encrypted .debtdesk file</source>
        <translation>已加密的 .debtdesk 文件</translation>
    </message>
    <message>
        <source>write the register, a schedule, the contact log or a budget as CSV</source>
        <translation>将债务列表、还款计划、催收记录或预算写成 CSV</translation>
    </message>
    <message>
        <source>Write one table as CSV for a spreadsheet: UTF-8 with a byte-order mark, amounts as plain decimals, dates as YYYY-MM-DD. The budget is the latest one taken on or before --as-of.</source>
        <translation>把一张表写成电子表格用的 CSV：带字节顺序标记（BOM）的 UTF-8，金额为普通小数，日期为 YYYY-MM-DD。预算取 --as-of 当天或之前最近的一份。</translation>
    </message>
    <message>
        <source>which table to write</source>
        <translation>要写出哪张表</translation>
    </message>
    <message>
        <source>the debt whose schedule to write (with --what schedule)</source>
        <translation>要写出其还款计划的债务（与 --what schedule 一起使用）</translation>
    </message>
    <message>
        <source>where to write the CSV</source>
        <translation>CSV 的写入位置</translation>
    </message>
    <message>
        <source>export a negotiation or complaint letter as PDF</source>
        <translation>将协商信或投诉信导出为 PDF</translation>
    </message>
    <message>
        <source>Write the letter for one debt from the file&apos;s data: the proposal built from --option words (as for `plan`), the latest budget, the evidence marked obtained or sent. Your name and address come from the file (set them in the app) unless given here. Every export is recorded in the file&apos;s letters history with its checksum.</source>
        <translation>根据文件中的数据为一笔债务撰写信函：用 --option 选项组成的方案（与 `plan` 相同）、最新的预算、标记为已取得或已寄出的证明材料。除非在这里给出，您的姓名和地址取自文件（在应用中设置）。每次导出都会连同校验值记入文件的信函记录。</translation>
    </message>
    <message>
        <source>the debt&apos;s number</source>
        <translation>债务编号</translation>
    </message>
    <message>
        <source>the letter&apos;s language</source>
        <translation>信函的语言</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>PDF 的写入位置</translation>
    </message>
    <message>
        <source>a proposal option (negotiation letters), as for `plan`; settlement=P is a percentage, 60 or 60%%</source>
        <translation>方案选项（用于协商信），与 `plan` 相同；settlement=P 为百分比，写 60 或 60%%</translation>
    </message>
    <message>
        <source>address a complaint to the regulator</source>
        <translation>投诉信寄给监管部门</translation>
    </message>
    <message>
        <source>append the income and expenditure statement with a budget chart</source>
        <translation>附上家庭收支情况表和预算图表</translation>
    </message>
    <message>
        <source>your situation, in the letter&apos;s language</source>
        <translation>您的情况说明，用信函的语言书写</translation>
    </message>
    <message>
        <source>the cause, completing &apos;Because of …&apos; (default: the hardship reasons saved in the file)</source>
        <translation>原因，用来补全“因为……”（默认：文件中保存的困难原因）</translation>
    </message>
    <message>
        <source>convert Simplified Chinese in a zh-Hant letter to Traditional (and the reverse)</source>
        <translation>把 zh-Hant 信函中的简体字转换为繁体（反之亦然）</translation>
    </message>
    <message>
        <source>your name (default: as saved in the file)</source>
        <translation>您的姓名（默认：文件中保存的姓名）</translation>
    </message>
    <message>
        <source>your address (default: as saved in the file)</source>
        <translation>您的地址（默认：文件中保存的地址）</translation>
    </message>
    <message>
        <source>your phone (default: as saved in the file)</source>
        <translation>您的电话（默认：文件中保存的电话）</translation>
    </message>
    <message>
        <source>your email (default: as saved in the file)</source>
        <translation>您的电子邮箱（默认：文件中保存的邮箱）</translation>
    </message>
    <message>
        <source>plan paying every debt off with one monthly amount (avalanche, snowball, fair share)</source>
        <translation>用每月一笔固定金额规划还清全部债务（雪崩法、雪球法、按比例分配）</translation>
    </message>
    <message>
        <source>Each month every debt gets its minimum (its contractual instalment, the card minimum, or the month&apos;s interest for interest-only and bullet loans); the rest goes to the highest rate first (avalanche), the smallest balance first (snowball), or to all pro rata to their balances (fair-share). A cleared debt&apos;s minimum rolls over. Prints the plan, the debt-free date and the interest and penalties saved against the current terms. Assumes the lenders accept the payments without charging more penalties.</source>
        <translation>每个月每笔债务先得到它的最低还款（合同约定的每期还款、信用卡最低还款，或先息后本和一次性还本付息贷款当月的利息）；其余的钱先还利率最高的（avalanche，雪崩法）、先还余额最小的（snowball，雪球法），或按余额比例分给所有债务（fair-share）。一笔债务还清后，它的最低还款转给其他债务。输出还款计划、还清日期，以及与现行条款相比节省的利息和罚息。假定债权人接受这些还款，且不再加收罚息。</translation>
    </message>
    <message>
        <source>money for all debts together each month</source>
        <translation>每月用于全部债务的钱</translation>
    </message>
    <message>
        <source>the debts in this currency (needed when several are mixed)</source>
        <translation>只计算这一币种的债务（有多种币种时必须指定）</translation>
    </message>
    <message>
        <source>check repayment proposals against the household&apos;s budget</source>
        <translation>对照家庭预算检查还款方案</translation>
    </message>
    <message>
        <source>Build proposals from options and check them, with every other debt of the currency, against the money available each month: priority debts and debts kept as contracted first, the rest shared pro rata to balances. Options: {options} (e.g. --debt 4 --option pause=3 --option waive-penalties). Options belong to the --debt (or run of --debt) just before them; options before any --debt apply to every --debt. With several --debt and no options that set the payments, each gets its fair share as a lower monthly payment. settlement=P is a percentage (60 or 60%); amounts use &apos;.&apos; as the decimal point (1234 or 1,234.00; 1,234 is refused as unclear).</source>
        <translation>用选项组成方案，并与该币种的其他所有债务一起，对照每月可用的钱进行检查：先保障优先债务和按原合同继续还款的债务，其余按余额比例分配。选项：{options}（例如 --debt 4 --option pause=3 --option waive-penalties）。选项属于紧挨在它前面的 --debt（或一组连续的 --debt）；写在所有 --debt 之前的选项适用于每一个 --debt。给出多个 --debt 而没有设定还款额的选项时，每笔债务都按比例分得一份，作为降低后的月还款。settlement=P 为百分比（60 或 60%）；金额以“.”作小数点（1234 或 1,234.00；1,234 有歧义，不予接受）。</translation>
    </message>
    <message>
        <source>a debt to make a proposal for</source>
        <translation>要为其制定方案的债务</translation>
    </message>
    <message>
        <source>a proposal option</source>
        <translation>方案选项</translation>
    </message>
    <message>
        <source>keep this debt as contracted (overrides the saved plan)</source>
        <translation>这笔债务按原合同继续还款（优先于已保存的方案）</translation>
    </message>
    <message>
        <source>print every debt of the currency, with its treatment</source>
        <translation>输出该币种的每一笔债务及其处理方式</translation>
    </message>
    <message>
        <source>offer every debt that is not a priority (and not named) its fair share as a lower payment</source>
        <translation>为每一笔非优先（且未指定）的债务按比例分配一份，作为降低后的还款额</translation>
    </message>
    <message>
        <source>the household&apos;s currency (default: the named debts&apos;, or the latest budget&apos;s)</source>
        <translation>家庭使用的币种（默认：所指定债务的币种，或最新预算的币种）</translation>
    </message>
    <message>
        <source>when the plan starts (default: today)</source>
        <translation>方案的开始日期（默认：今天）</translation>
    </message>
    <message>
        <source>the date of every one-off settlement</source>
        <translation>所有一次性结清的日期</translation>
    </message>
    <message>
        <source>savings or help available for one-off settlements</source>
        <translation>可用于一次性结清的积蓄或资助</translation>
    </message>
    <message>
        <source>money available for debts each month (default: the latest budget&apos;s disposable income)</source>
        <translation>每月可用于还债的钱（默认：最新预算的可支配收入）</translation>
    </message>
    <message>
        <source>print what is due soon or late and show it as one desktop notification</source>
        <translation>输出即将到期和已逾期的事项，并以一条桌面通知显示</translation>
    </message>
    <message>
        <source>Prints the payments due within --days, late and broken agreed payments, court deadlines and letters without an answer, and shows them as one desktop notification where the desktop has one (nothing is shown otherwise). --autostart on writes an entry that runs this at login; --autostart off removes it.</source>
        <translation>输出 --days 天内到期的还款、逾期和违约的约定还款、法院期限以及尚无答复的信函，并在桌面支持通知时以一条桌面通知显示（否则不显示）。--autostart on 写入一个登录时运行此命令的自动启动项；--autostart off 将其移除。</translation>
    </message>
    <message>
        <source>payments due within N days (default 7)</source>
        <translation>N 天内到期的还款（默认 7）</translation>
    </message>
    <message>
        <source>print only; no desktop notification</source>
        <translation>只输出，不发桌面通知</translation>
    </message>
    <message>
        <source>add or remove the login entry, then exit</source>
        <translation>添加或移除登录时的自动启动项，然后退出</translation>
    </message>
    <message>
        <source>back up a file now (into its private backups folder)</source>
        <translation>立即备份文件（存入它专用的备份文件夹）</translation>
    </message>
    <message>
        <source>the .debtdesk file to back up</source>
        <translation>要备份的 .debtdesk 文件</translation>
    </message>
    <message>
        <source>list a file&apos;s backups: path, time, format and contents</source>
        <translation>列出文件的备份：路径、时间、格式和内容</translation>
    </message>
    <message>
        <source>the .debtdesk file whose backups to list</source>
        <translation>要列出其备份的 .debtdesk 文件</translation>
    </message>
    <message>
        <source>replace a file with one of its backups (the file as it was is kept)</source>
        <translation>用文件的某个备份替换它（替换前的文件会保留）</translation>
    </message>
    <message>
        <source>the .debtdesk file to restore</source>
        <translation>要恢复的 .debtdesk 文件</translation>
    </message>
    <message>
        <source>the backup to restore (see `debtdesk backups`)</source>
        <translation>要恢复的备份（见 `debtdesk backups`）</translation>
    </message>
    <message>
        <source>check a file thoroughly (SQLite&apos;s integrity check, links, attachments)</source>
        <translation>全面检查文件（SQLite 完整性检查、关联、附件）</translation>
    </message>
    <message>
        <source>the .debtdesk file to check</source>
        <translation>要检查的 .debtdesk 文件</translation>
    </message>
    <message>
        <source>copy what is still readable from a damaged file into a new one</source>
        <translation>把损坏文件中仍能读取的内容复制到新文件</translation>
    </message>
    <message>
        <source>the damaged .debtdesk file (never changed)</source>
        <translation>已损坏的 .debtdesk 文件（不会被更改）</translation>
    </message>
    <message>
        <source>the new file for the rescued data</source>
        <translation>存放抢救出的数据的新文件</translation>
    </message>
    <message>
        <source>print a repayment schedule</source>
        <translation>输出还款计划</translation>
    </message>
    <message>
        <source>Print the month-by-month schedule of a loan: payment, principal, interest and remaining balance, rounded to the cent; the last payment absorbs the rounding remainder.</source>
        <translation>输出一笔贷款逐月的还款计划：还款额、本金、利息和剩余本金，精确到分；最后一期吸收舍入余数。</translation>
    </message>
    <message>
        <source>amount borrowed, e.g. 1000000, 20000.50 or ¥20,000.50 (&apos;.&apos; is the decimal point)</source>
        <translation>借款金额，例如 1000000、20000.50 或 ¥20,000.50（以“.”作小数点）</translation>
    </message>
    <message>
        <source>annual rate in percent, as in the app&apos;s form: 4.9 and 4.9%% both mean 4.9%%, and 0.5 means 0.5%% (earlier versions read a bare value below 1 as a fraction)</source>
        <translation>年利率，以百分数表示，与应用中的表单相同：4.9 和 4.9%% 都表示 4.9%%，0.5 表示 0.5%%（早期版本把小于 1 的纯数字当作小数）</translation>
    </message>
    <message>
        <source>term in months</source>
        <translation>期限（月数）</translation>
    </message>
    <message>
        <source>repayment method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>loan start date</source>
        <translation>贷款起始日期</translation>
    </message>
    <message>
        <source>day of month payments fall due (default: the start day)</source>
        <translation>每月还款日（默认：起始日）</translation>
    </message>
    <message>
        <source>how overdue each debt is and what happens next</source>
        <translation>每笔债务逾期多久，接下来会发生什么</translation>
    </message>
    <message>
        <source>For each debt: days past due, stage, M-bucket, amounts, and the coming stage transitions with their dates and the penalty interest and fees accrued by then if nothing is paid.</source>
        <translation>每笔债务的逾期天数、逾期阶段、逾期账龄（M1–M3+）、金额，以及即将发生的阶段变化：发生日期，以及若不还款，届时累计的罚息和费用。</translation>
    </message>
</context>
<context>
    <name>CliLetter</name>
    <message>
        <source>--option {field}: {problem}</source>
        <translation>--option {field}：{problem}</translation>
    </message>
    <message>
        <source>{name} cannot be written, so the letter could not be recorded in its history; nothing was written.</source>
        <translation>{name} 无法写入，因此信函无法记入历史记录；没有写入任何内容。</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>已写入 {file}</translation>
    </message>
    <message>
        <source>Note: the household plan shows {lender} cannot be paid this every month (short by {amount} at most), so the letter asks rather than promises.</source>
        <translation>注意：家庭还款方案显示，每月无法按这个金额偿还{lender}（最多差 {amount}），所以信中是提出请求，而不是作出承诺。</translation>
    </message>
    <message>
        <source>debtdesk letter: note: today&apos;s backup could not be made ({problem}).</source>
        <translation>debtdesk letter：注意：今天的备份没能完成（{problem}）。</translation>
    </message>
    <message>
        <source>the section “{heading}”</source>
        <translation>“{heading}”一节</translation>
    </message>
    <message>
        <source>section {number}</source>
        <translation>第 {number} 节</translation>
    </message>
    <message>
        <source>the recipient&apos;s name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <source>the recipient&apos;s address</source>
        <translation>收件人地址</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>您的地址</translation>
    </message>
    <message>
        <source>your phone number</source>
        <translation>您的电话号码</translation>
    </message>
    <message>
        <source>your e-mail address</source>
        <translation>您的电子邮箱</translation>
    </message>
    <message>
        <source>the account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>the subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>the schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>the closing</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>the signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>the list of enclosures</source>
        <translation>附件清单</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{place} ({characters})</source>
        <translation>{place}（{characters}）</translation>
    </message>
    <message>
        <source>Warning: this Traditional Chinese letter has Simplified Chinese in {places}; add --convert-script to convert them to Traditional.</source>
        <translation>警告：这封繁体中文信函的{places}含有简体中文；加上 --convert-script 即可转换为繁体。</translation>
    </message>
    <message>
        <source>Warning: this Simplified Chinese letter has Traditional Chinese in {places}; add --convert-script to convert them to Simplified.</source>
        <translation>警告：这封简体中文信函的{places}含有繁体中文；加上 --convert-script 即可转换为简体。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{place} has {characters}</source>
        <translation>{place}有 {characters}</translation>
    </message>
    <message>
        <source>The letter cannot print some characters ({places}): its font has no Arabic, Hebrew, Thai or emoji characters, and right-to-left text cannot be laid out, so write these in Latin letters or Chinese characters.</source>
        <translation>信函中有些字符无法打印（{places}）：信函的字体不含阿拉伯文、希伯来文、泰文或表情符号，也无法排版从右到左的文字，请改用拉丁字母或汉字书写。</translation>
    </message>
</context>
<context>
    <name>CliPayoff</name>
    <message>
        <source>Nothing is owed in {currency}: there is no plan to make.</source>
        <translation>没有以{currency}计价的欠款：无需制定计划。</translation>
    </message>
    <message>
        <source>Nothing is owed: there is no plan to make.</source>
        <translation>没有欠款：无需制定计划。</translation>
    </message>
    <message>
        <source>avalanche</source>
        <translation>雪崩法</translation>
    </message>
    <message>
        <source>snowball</source>
        <translation>雪球法</translation>
    </message>
    <message>
        <source>fair-share</source>
        <translation>按比例分配</translation>
    </message>
    <message>
        <source>{strategy}: {amount} {currency} a month from {date}</source>
        <translation>{strategy}：自{date}起每月 {amount} {currency}</translation>
    </message>
    <message>
        <source>Debt-free on {date} (month {month}).</source>
        <translation>{date}还清（第 {month} 个月）。</translation>
    </message>
    <message>
        <source>Cleared in this order:</source>
        <translation>还清顺序：</translation>
    </message>
    <message>
        <source>month {month:&gt;3}  {date}  {lender} (#{id}): paid {paid}, interest {interest}</source>
        <translation>第{month:&gt;3}个月  {date}  {lender}（#{id}）：共还 {paid}，利息 {interest}</translation>
    </message>
    <message>
        <source>month  month of   paid          interest    balance left</source>
        <translation> 月次  月份             还款        利息        剩余欠款</translation>
    </message>
    <message>
        <source>saves {amount}</source>
        <translation>节省 {amount}</translation>
    </message>
    <message>
        <source>costs {amount} more</source>
        <translation>多花 {amount}</translation>
    </message>
    <message>
        <source>Total paid {total}; interest and penalties {interest} (current terms: {current}, debt-free {current_date}): {verdict}.</source>
        <translation>共还 {total}；利息及罚息 {interest}（按现行条款：{current}，{current_date}还清）：{verdict}。</translation>
    </message>
    <message>
        <source>Assumes the lenders accept these payments without charging more penalties.</source>
        <translation>以上假设债权人接受这些还款，且不再加收罚息。</translation>
    </message>
</context>
<context>
    <name>CliPlan</name>
    <message>
        <source> (debt {id})</source>
        <translation>（债务 {id}）</translation>
    </message>
    <message>
        <source>--debt: name at least one debt (--debt ID), or give --household.</source>
        <translation>--debt：请至少指定一笔债务（--debt ID），或使用 --household。</translation>
    </message>
    <message>
        <source>--keep {id}: this debt is also given with --debt; choose one treatment.</source>
        <translation>--keep {id}：这笔债务也用 --debt 指定了；请只选一种处理方式。</translation>
    </message>
    <message>
        <source>These debts are in different currencies ({currencies}); one offer cannot share money between them. Make one proposal per currency.</source>
        <translation>这些债务的币种不同（{currencies}）；一份方案无法在它们之间分配资金。请每个币种各做一份方案。</translation>
    </message>
    <message>
        <source>--settle-on: no debt is offered a one-off settlement (--option settlement=PERCENT).</source>
        <translation>--settle-on：没有哪笔债务提出了一次性结清（--option settlement=PERCENT）。</translation>
    </message>
    <message>
        <source>--debt {id}: nothing is owed on this debt any more.</source>
        <translation>--debt {id}：这笔债务已无欠款。</translation>
    </message>
    <message>
        <source>the plan fits: every month asks no more than is available.</source>
        <translation>方案可行：每个月需要的钱都不超过可用金额。</translation>
    </message>
    <message>
        <source>NOT affordable: some months ask more than is available (see above).</source>
        <translation>无法负担：有些月份需要的钱超过了可用金额（见上文）。</translation>
    </message>
    <message>
        <source>the months fit, but the settlements need a lump sum: give --lump-sum-available.</source>
        <translation>每月金额可行，但一次性结清需要一笔整钱：请提供 --lump-sum-available。</translation>
    </message>
    <message>
        <source>the months fit, but the lump sum does not cover the settlements.</source>
        <translation>每月金额可行，但这笔整钱不够支付一次性结清。</translation>
    </message>
    <message>
        <source>no budget in this currency yet: add one (or pass --available) to check the plan.</source>
        <translation>该币种还没有预算：请添加一份（或使用 --available）再检查方案。</translation>
    </message>
    <message>
        <source>Household plan in {currency} from {date}; Not legal advice.</source>
        <translation>{currency}家庭还款方案，自{date}起；不构成法律意见。</translation>
    </message>
    <message>
        <source>Available for debts each month: {available}; priority and kept debts take up to {first}; left to share: {pot}.</source>
        <translation>每月可用于还债：{available}；优先债务和按原合同继续还款的债务最多占用 {first}；剩余可分配：{pot}。</translation>
    </message>
    <message>
        <source>Month by month (provided first + shared = total, short by):</source>
        <translation>逐月情况（优先保障 + 分配 = 合计，缺口）：</translation>
    </message>
    <message>
        <source>Settlements need {needed} at once; lump sum available: {available}.</source>
        <translation>一次性结清共需 {needed}；可用整笔资金：{available}。</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>结论：{verdict}</translation>
    </message>
    <message>
        <source>{lender} (#{id}): owed today {owed} {currency}</source>
        <translation>{lender}（#{id}）：今天尚欠 {owed} {currency}</translation>
    </message>
    <message>
        <source>{date}  {payment:&gt;12}  interest {interest:&gt;10}  balance {balance:&gt;12}</source>
        <translation>{date}  {payment:&gt;12}  利息 {interest:&gt;10}  余额 {balance:&gt;12}</translation>
    </message>
    <message>
        <source>total paid {total} (current terms {current}, saving {saving}); highest monthly payment {highest}</source>
        <translation>共还 {total}（按现行条款 {current}，节省 {saving}）；每月最高还款额 {highest}</translation>
    </message>
    <message>
        <source>fair share of the money available: {share} a month</source>
        <translation>按比例分得的可用资金：每月 {share}</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>按原合同</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>结清</translation>
    </message>
    <message>
        <source>keep paying as contracted</source>
        <translation>按原合同继续还款</translation>
    </message>
    <message>
        <source>propose {options}</source>
        <translation>提出 {options}</translation>
    </message>
    <message>
        <source>(as now)</source>
        <translation>（维持现状）</translation>
    </message>
    <message>
        <source>#{id} {lender} ({kind}): owes {balance}; {what}</source>
        <translation>#{id} {lender}（{kind}）：欠 {balance}；{what}</translation>
    </message>
    <message>
        <source>; up to {amount} a month</source>
        <translation>；每月最多 {amount}</translation>
    </message>
    <message>
        <source>; arrears {amount} in the first month</source>
        <translation>；首月补还逾期款 {amount}</translation>
    </message>
    <message>
        <source>; settles once with {amount} on {date}</source>
        <translation>；{date}一次性结清 {amount}</translation>
    </message>
    <message>
        <source>; fair share {amount}</source>
        <translation>；按比例分得 {amount}</translation>
    </message>
    <message>
        <source>; asks up to {amount} a month more than its share</source>
        <translation>；每月最多比所分得的多 {amount}</translation>
    </message>
    <message>
        <source>; the lump sum is {amount} short</source>
        <translation>；整笔资金还差 {amount}</translation>
    </message>
    <message>
        <source>; with the other debts paid first, short in {n} month(s)</source>
        <translation>；先还其他债务后，有 {n} 个月资金不足</translation>
    </message>
    <message>
        <source>{first} to {last} ({n} months)</source>
        <translation>{first} 至 {last}（{n} 个月）</translation>
    </message>
    <message>
        <source>, short by {amount}</source>
        <translation>，缺口 {amount}</translation>
    </message>
</context>
<context>
    <name>CliRemind</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>{days} 天后</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} 天前</translation>
    </message>
    <message>
        <source>Court deadline {date} ({when}) for {lender}</source>
        <translation>法院期限{date}（{when}），涉及{lender}</translation>
    </message>
    <message>
        <source>Court deadline {date} ({when})</source>
        <translation>法院期限{date}（{when}）</translation>
    </message>
    <message>
        <source>{lender}: agreement broken on {date} ({amount} missing)</source>
        <translation>{lender}：协议已于{date}违约（差 {amount}）</translation>
    </message>
    <message>
        <source>{lender}: agreed payment late, pay {amount} by {date} to keep the agreement</source>
        <translation>{lender}：约定还款已逾期，请在{date}前还 {amount}，协议才能继续有效</translation>
    </message>
    <message>
        <source>{lender}: {amount} overdue since {date}</source>
        <translation>{lender}：{amount} 自{date}起逾期</translation>
    </message>
    <message>
        <source>{lender}: {amount} due {date} ({when})</source>
        <translation>{lender}：{amount} 于{date}到期（{when}）</translation>
    </message>
    <message>
        <source>{lender}: no answer to your letter by {date}</source>
        <translation>{lender}：截至{date}仍未答复你的信函</translation>
    </message>
    <message>
        <source>DebtDesk: something needs attention today</source>
        <translation>DebtDesk：今天有事项需要处理</translation>
    </message>
    <message>
        <source>DebtDesk: payments are late</source>
        <translation>DebtDesk：有还款已逾期</translation>
    </message>
    <message>
        <source>DebtDesk: payments due soon</source>
        <translation>DebtDesk：有还款即将到期</translation>
    </message>
    <message>
        <source>… and {count} more in DebtDesk</source>
        <translation>……另有 {count} 项，请在 DebtDesk 中查看</translation>
    </message>
    <message>
        <source>Removed the login reminder.</source>
        <translation>已移除登录时的提醒。</translation>
    </message>
    <message>
        <source>There was no login reminder.</source>
        <translation>原本就没有登录时的提醒。</translation>
    </message>
    <message>
        <source>Give the DebtDesk file to read with --db PATH.</source>
        <translation>请用 --db 路径 指定要读取的 DebtDesk 文件。</translation>
    </message>
    <message>
        <source>--days: must be between 0 and 366.</source>
        <translation>--days：必须在 0 到 366 之间。</translation>
    </message>
    <message>
        <source>DebtDesk will remind you at login ({path}).</source>
        <translation>DebtDesk 会在登录时提醒你（{path}）。</translation>
    </message>
    <message>
        <source>Nothing due in the next {days} days and nothing late.</source>
        <translation>未来 {days} 天内没有到期的还款，也没有逾期的还款。</translation>
    </message>
</context>
<context>
    <name>CliSafety</name>
    <message>
        <source>Backed up {file} to {backup}</source>
        <translation>已将 {file} 备份到 {backup}</translation>
    </message>
    <message>
        <source>No backups of {file} yet.</source>
        <translation>{file} 还没有备份。</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>format {version}; {counts}</source>
        <translation>格式 {version}；{counts}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Restored {file} from {backup}.</source>
        <translation>已从 {backup} 恢复 {file}。</translation>
    </message>
    <message>
        <source>The file as it was is kept as {kept}.</source>
        <translation>恢复前的文件保存为 {kept}。</translation>
    </message>
    <message>
        <source>The file is whole: {summary}.</source>
        <translation>文件完好：{summary}。</translation>
    </message>
    <message>
        <source>The file is damaged: {summary}.</source>
        <translation>文件已损坏：{summary}。</translation>
    </message>
    <message>
        <source>Rescued {total} rows ({tables}).</source>
        <translation>已抢救 {total} 行数据（{tables}）。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>没有任何内容</translation>
    </message>
    <message>
        <source>{count} damaged rows could not be used.</source>
        <translation>有 {count} 行已损坏的数据无法使用。</translation>
    </message>
    <message>
        <source>Parts of {tables} could not be read at all.</source>
        <translation>{tables} 的部分内容完全无法读取。</translation>
    </message>
    <message>
        <source>{file} was left untouched; the rescued data is in {out}.</source>
        <translation>{file} 保持原样未动；抢救出的数据在 {out} 中。</translation>
    </message>
</context>
<context>
    <name>CliSchedule</name>
    <message>
        <source>note: --annual-rate {text} is read as {value}% a year (rates are percentages; for {meant}% write {meant})</source>
        <translation>注意：--annual-rate {text} 按年利率 {value}% 理解（利率以百分数表示；要表示 {meant}%，请写 {meant}）</translation>
    </message>
    <message>
        <source>{option}: {problem}</source>
        <translation>{option}：{problem}</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>还款额</translation>
    </message>
    <message>
        <source>principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <source>total paid {total}, of which interest {interest}</source>
        <translation>还款合计 {total}，其中利息 {interest}</translation>
    </message>
</context>
<context>
    <name>CliStatus</name>
    <message>
        <source>Status as of {date}</source>
        <translation>截至{date}的状况</translation>
    </message>
    <message>
        <source>{lender} (#{id}): {days} days past due, {stage}, {bucket}</source>
        <translation>{lender}（#{id}）：逾期 {days} 天，{stage}，{bucket}</translation>
    </message>
    <message>
        <source>overdue {overdue} {currency}, outstanding {outstanding}, penalties so far {penalties} (still owed {owed})</source>
        <translation>逾期 {overdue} {currency}，尚欠 {outstanding}，迄今罚息及费用 {penalties}（仍欠 {owed}）</translation>
    </message>
    <message>
        <source>{date}: enters {stage} ({days} days); penalties and fees by then {total} (+{extra})</source>
        <translation>{date}：进入{stage}（逾期 {days} 天）；届时罚息及费用 {total}（+{extra}）</translation>
    </message>
    <message>
        <source>rate check: {figures} above the {line} line of {rate}% a year (since {since}); courts commonly do not support interest above it, and you can ask the lender to recalculate</source>
        <translation>利率检查：{figures}超过{line}（年利率 {rate}%，自{since}起）；法院通常不支持超出部分的利息，您可以要求债权人重新计算</translation>
    </message>
</context>
<context>
    <name>CliWords</name>
    <message>
        <source>current</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>early</source>
        <translation>逾期初期</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>逾期中期</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾期后期</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>严重逾期</translation>
    </message>
    <message>
        <source>call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>sms</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <source>too_many</source>
        <translation>当天过多</translation>
    </message>
    <message>
        <source>third_party</source>
        <translation>联系他人</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>insults</source>
        <translation>辱骂</translation>
    </message>
    <message>
        <source>false_legal_claims</source>
        <translation>虚假法律后果</translation>
    </message>
    <message>
        <source>impersonation</source>
        <translation>冒充公职人员</translation>
    </message>
    <message>
        <source>ok</source>
        <extracomment>Attached files: ok, missing, changed since attached.</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>licensed-24</source>
        <extracomment>Reference rate lines, by code.</extracomment>
        <translation>持牌机构24%线</translation>
    </message>
    <message>
        <source>licensed-36</source>
        <translation>持牌机构36%线</translation>
    </message>
    <message>
        <source>private-4lpr</source>
        <translation>民间借贷4倍LPR线</translation>
    </message>
    <message>
        <source>not_started</source>
        <extracomment>Agreements: how one stands, how each agreed payment stands, what a breach brings, a letter&apos;s outcome. (Separate tables: these are str enums, and &quot;in_grace&quot; is both a Standing and a RowState.)</extracomment>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>on_track</source>
        <translation>按约履行中</translation>
    </message>
    <message>
        <source>in_grace</source>
        <translation>宽限期内</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>已违约</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已履行完毕</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>paid_late</source>
        <translation>逾期后还上</translation>
    </message>
    <message>
        <source>short</source>
        <translation>少还</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未还</translation>
    </message>
    <message>
        <source>due</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>to_come</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>revives</source>
        <translation>原债务恢复</translation>
    </message>
    <message>
        <source>accelerates</source>
        <translation>剩余款项立即到期</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待答复</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>counter_offer</source>
        <translation>还价</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>no_answer</source>
        <translation>未答复</translation>
    </message>
    <message>
        <source>true APR</source>
        <translation>实际年化利率</translation>
    </message>
    <message>
        <source>contract rate</source>
        <translation>合同利率</translation>
    </message>
    <message>
        <source>penalty rate</source>
        <translation>罚息利率</translation>
    </message>
    <message>
        <source>{count} settings</source>
        <extracomment>What a count of each table&apos;s rows says (&quot;3 debts&quot;); a table of a newer file: &quot;3 name&quot;.</extracomment>
        <translation>{count} 项设置</translation>
    </message>
    <message>
        <source>{count} lenders</source>
        <translation>{count} 个债权人</translation>
    </message>
    <message>
        <source>{count} debts</source>
        <translation>{count} 笔债务</translation>
    </message>
    <message>
        <source>{count} payments</source>
        <translation>{count} 笔还款</translation>
    </message>
    <message>
        <source>{count} collector contacts</source>
        <translation>{count} 条催收记录</translation>
    </message>
    <message>
        <source>{count} attachments</source>
        <translation>{count} 个附件</translation>
    </message>
    <message>
        <source>{count} budgets</source>
        <translation>{count} 份预算</translation>
    </message>
    <message>
        <source>{count} budget lines</source>
        <translation>{count} 条预算明细</translation>
    </message>
    <message>
        <source>{count} evidence items</source>
        <translation>{count} 项证明材料</translation>
    </message>
    <message>
        <source>{count} proposals</source>
        <translation>{count} 份方案</translation>
    </message>
    <message>
        <source>{count} letters</source>
        <translation>{count} 封信函</translation>
    </message>
    <message>
        <source>{count} household plans</source>
        <translation>{count} 份家庭还款方案</translation>
    </message>
    <message>
        <source>{count} letter outcomes</source>
        <translation>{count} 条信函结果</translation>
    </message>
    <message>
        <source>{count} agreements</source>
        <translation>{count} 份协议</translation>
    </message>
    <message>
        <source>{count} legal events</source>
        <translation>{count} 项法律程序事件</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add debt to {lender}</source>
        <translation>添加对{lender}的债务</translation>
    </message>
    <message>
        <source>Edit debt to {lender}</source>
        <translation>编辑对{lender}的债务</translation>
    </message>
    <message>
        <source>Delete debt to {lender}</source>
        <translation>删除对{lender}的债务</translation>
    </message>
    <message>
        <source>Record payment to {lender}</source>
        <translation>记录向{lender}的还款</translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation>编辑还款</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>删除还款</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>Log contact: {who}</source>
        <translation>记录催收：{who}</translation>
    </message>
    <message>
        <source>Edit contact: {who}</source>
        <translation>编辑催收记录：{who}</translation>
    </message>
    <message>
        <source>Delete contact: {who}</source>
        <translation>删除催收记录：{who}</translation>
    </message>
    <message>
        <source>Change contact rules</source>
        <translation>更改催收规则</translation>
    </message>
    <message>
        <source>The contact rules</source>
        <translation>催收规则</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>编辑催收记录</translation>
    </message>
    <message>
        <source>Log a collector contact</source>
        <translation>记录一次催收</translation>
    </message>
    <message>
        <source>e.g. 某某资产管理公司, the lender&apos;s own team</source>
        <translation>例如：某某资产管理公司、债权人自己的催收团队</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>What they said, as close to their words as you can</source>
        <translation>对方说了什么，尽量用原话</translation>
    </message>
    <message>
        <source>What either side promised, with dates and amounts</source>
        <translation>双方各自承诺了什么，包括日期和金额</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>催收经过</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>Local time, as you experienced it.</source>
        <translation>按您经历时的当地时间填写。</translation>
    </message>
    <message>
        <source>H&amp;ow</source>
        <translation>方式(&amp;O)</translation>
    </message>
    <message>
        <source>About the &amp;debt</source>
        <translation>涉及的债务(&amp;D)</translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation>公司(&amp;Y)</translation>
    </message>
    <message>
        <source>A&amp;gent&apos;s name or ID</source>
        <translation>催收员姓名或工号(&amp;G)</translation>
    </message>
    <message>
        <source>Their &amp;number or address</source>
        <translation>对方号码或地址(&amp;N)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>What was sa&amp;id</source>
        <translation>对方所说(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Promises</source>
        <translation>承诺(&amp;P)</translation>
    </message>
    <message>
        <source>Did they do any of this? (each is flagged)</source>
        <translation>对方有没有以下行为？（每一项都会被标为警示）</translation>
    </message>
    <message>
        <source>Recordings, screenshots and other files</source>
        <translation>录音、截图和其他文件</translation>
    </message>
    <message>
        <source>Files are copied into a folder beside your data file.</source>
        <translation>文件会复制到数据文件旁的文件夹中。</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>No debt chosen: counts in a complaint about {lender}, whose name it contains.</source>
        <translation>未选择债务：这条记录会计入对{lender}的投诉，因为其中包含这个名称。</translation>
    </message>
    <message>
        <source>No debt chosen: write the lender&apos;s name here (e.g. “… for {lender}”) and this contact counts in a complaint about that lender.</source>
        <translation>未选择债务：在这里写上债权人的名称（例如“……替{lender}催收”），这条记录就会计入对该债权人的投诉。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>{name}不是可以附加的文件。</translation>
    </message>
    <message>
        <source>{name} is too large ({size}; at most {limit}).</source>
        <translation>{name}太大（{size}；最大 {limit}）。</translation>
    </message>
    <message>
        <source>{name} ({size}, new)</source>
        <translation>{name}（{size}，新增）</translation>
    </message>
</context>
<context>
    <name>ContactLabels</name>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>App message</source>
        <translation>App 消息</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>夜间催收</translation>
    </message>
    <message>
        <source>too many that day</source>
        <translation>当天次数过多</translation>
    </message>
    <message>
        <source>contacted others</source>
        <translation>联系他人</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>insults</source>
        <translation>辱骂</translation>
    </message>
    <message>
        <source>false legal claims</source>
        <translation>虚假法律后果</translation>
    </message>
    <message>
        <source>posed as an official</source>
        <translation>冒充公职人员</translation>
    </message>
    <message>
        <source>Contacted my family, employer or phone contacts</source>
        <extracomment>The wording of the conduct checkboxes: what happened, in the borrower&apos;s words.</extracomment>
        <translation>联系了我的家人、单位或通讯录联系人</translation>
    </message>
    <message>
        <source>Threatened me (violence, exposure, harm to me or my family)</source>
        <translation>威胁我（暴力、曝光、伤害我或我的家人）</translation>
    </message>
    <message>
        <source>Insulted or humiliated me</source>
        <translation>辱骂或羞辱我</translation>
    </message>
    <message>
        <source>Claimed false legal consequences (e.g. arrest, prison, a criminal case)</source>
        <translation>声称虚假的法律后果（例如拘留、坐牢、刑事立案）</translation>
    </message>
    <message>
        <source>Pretended to be police, a court, a lawyer or an official</source>
        <translation>冒充警察、法院、律师或公职人员</translation>
    </message>
    <message>
        <source>Outside the allowed hours {start}–{end}</source>
        <translation>在允许的时段 {start}–{end} 之外</translation>
    </message>
    <message>
        <source>More than {n} contacts from this company that day</source>
        <translation>当天这家公司联系超过 {n} 次</translation>
    </message>
</context>
<context>
    <name>ContactRulesDialog</name>
    <message>
        <source>Contact rules</source>
        <translation>催收规则</translation>
    </message>
    <message>
        <source>Contacts from this time on are flagged as at night.</source>
        <translation>从这个时间起的联系会被标为夜间催收。</translation>
    </message>
    <message>
        <source>More contacts than this from one company in a day are flagged.</source>
        <translation>同一公司一天内联系超过这个次数会被标为警示。</translation>
    </message>
    <message>
        <source>Collectors may contact you only during these hours and only so often. The defaults follow common rules in China (08:00–21:00); change them to the rules where you live. This is not legal advice.</source>
        <translation>催收方只能在这些时段内、以有限的频率联系您。默认值依据中国的常见规定（08:00–21:00）；请按您所在地的规定修改。以上不构成法律意见。</translation>
    </message>
    <message>
        <source>Contacts allowed from</source>
        <translation>允许联系的时间从</translation>
    </message>
    <message>
        <source>until</source>
        <translation>到</translation>
    </message>
    <message>
        <source>At most this many a day</source>
        <translation>每天最多次数</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>催收员</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>对方所说</translation>
    </message>
    <message>
        <source>Flagged: {flags}</source>
        <translation>警示：{flags}</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Filter by company, agent, number, words said…</source>
        <extracomment>How long typing pauses before the search starts (one SQL query, in a worker thread), in milliseconds. Starting widths of the columns, in characters (the summary takes what is left).</extracomment>
        <translation>按公司、催收员、号码或对话内容筛选…</translation>
    </message>
    <message>
        <source>Only fl&amp;agged</source>
        <translation>只看有警示的(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation>记录一次催收(&amp;L)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open attachment</source>
        <translation>打开附件(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>删除催收记录</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>All debts</source>
        <translation>所有债务</translation>
    </message>
    <message>
        <source>{n} contacts logged, {flagged} flagged</source>
        <translation>已记录 {n} 次催收，{flagged} 次有警示</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>allowed {start}–{end}, at most {max} a day from one company</source>
        <translation>允许联系时间 {start}–{end}，同一公司每天最多 {max} 次</translation>
    </message>
    <message>
        <source>Choose a contact above to see it in full.</source>
        <translation>在上方选择一条记录，即可查看全部内容。</translation>
    </message>
    <message>
        <source>No contacts logged yet. After each call, message or visit from a collector, log it here: when, who, what was said. Flagged contacts can support a complaint.</source>
        <translation>还没有催收记录。每次接到催收电话、短信或上门后，请在这里记下：时间、对方是谁、说了什么。有警示的记录可以作为投诉的依据。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>未知来电</translation>
    </message>
    <message>
        <source>About: {debt}</source>
        <translation>涉及：{debt}</translation>
    </message>
    <message>
        <source>Promised: {text}</source>
        <translation>承诺：{text}</translation>
    </message>
    <message>
        <source>Delete the contact of {when} ({who}) and its {n} attached files from the log?
You can undo this with Edit ▸ Undo.</source>
        <translation>从记录中删除{when}的这次催收（{who}）及其{n}个附件？
可以通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>The file {name} is missing: it should be in {folder}, but it was moved or deleted outside DebtDesk.</source>
        <translation>文件{name}不见了：它本应在{folder}中，但已在 DebtDesk 之外被移动或删除。</translation>
    </message>
    <message>
        <source>The file {name} has changed since it was attached (its checksum differs), so it may no longer be the original evidence. Open it anyway?</source>
        <translation>文件{name}在附加之后被改动过（校验值不同），可能已不是原始证据。仍要打开吗？</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{name} is a kind of file that can run a program on this computer. Open it only if you trust where it came from.</source>
        <translation>{name}是一种可以在这台电脑上运行程序的文件。请只在确信来源可靠时打开。</translation>
    </message>
    <message>
        <source>No program on this computer could open {name}.</source>
        <translation>这台电脑上没有能打开{name}的程序。</translation>
    </message>
</context>
<context>
    <name>CrashFunnel</name>
    <message>
        <source>Something went wrong. Your data is safe: every change is saved when it is made.

What you did last may not have finished; you can carry on, or close DebtDesk and open it again.</source>
        <translation>出了点问题。您的数据是安全的：每一项更改都在做出时就已保存。

您最后一步操作可能没有完成；您可以继续使用，也可以关闭 DebtDesk 后重新打开。</translation>
    </message>
    <message>
        <source>The details are kept in {path}.</source>
        <translation>详细信息保存在{path}。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date}（已逾期）</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>债权人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Enters</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>Penalties and fees by then</source>
        <translation>届时的罚息及费用</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>现在该做什么</translation>
    </message>
    <message>
        <source>What lenders typically do at this stage:</source>
        <translation>这个阶段债权人通常会：</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>您可以：</translation>
    </message>
    <message>
        <source>Getting ready to negotiate</source>
        <translation>准备协商</translation>
    </message>
    <message>
        <source>Overdue, and due in the next 45 days</source>
        <translation>已逾期及未来 45 天内到期的还款</translation>
    </message>
    <message>
        <source>Coming stage changes if nothing is paid</source>
        <translation>如果不还款，即将发生的阶段变化</translation>
    </message>
    <message>
        <source>Show where the money goes: each debt not yet due, overdue, and penalties</source>
        <translation>以图表显示欠款构成：各笔债务的未到期、已逾期部分及罚息</translation>
    </message>
    <message>
        <source>Budget: {amount} {currency} a month left for debts (statement of {date}).</source>
        <translation>预算：每月可用于还债 {amount} {currency}（{date}的收支情况表）。</translation>
    </message>
    <message>
        <source>Budget: none yet. Lenders ask for one; start it on the Budget page.</source>
        <translation>预算：还没有。债权人会要求提供；请在“预算”页开始填写。</translation>
    </message>
    <message>
        <source>Evidence: {done} of {total} items obtained or sent.</source>
        <translation>证明材料：{total}项中已取得或寄出{done}项。</translation>
    </message>
    <message>
        <source>Evidence: no checklist yet (Evidence page).</source>
        <translation>证明材料：还没有清单（“证明材料”页）。</translation>
    </message>
    <message>
        <source>Collector contacts: {n} logged, {flagged} with conduct that breaks the rules.</source>
        <translation>催收记录：已记录{n}次，其中{flagged}次有违规行为。</translation>
    </message>
    <message>
        <source>Working out where {n} debts stand…</source>
        <translation>正在计算 {n} 笔债务的状况…</translation>
    </message>
    <message>
        <source>{currency}: {owed} owed in all, {overdue} of it overdue; penalties and fees so far {penalties}</source>
        <translation>{currency}：共欠{owed}，其中逾期{overdue}；迄今罚息及费用{penalties}</translation>
    </message>
    <message>
        <source>No debts yet. Add one under Debts.</source>
        <translation>还没有债务。请在“债务”页添加。</translation>
    </message>
    <message>
        <source>Nothing is overdue as of {date}.</source>
        <translation>截至{date}，没有逾期款项。</translation>
    </message>
    <message>
        <source>The most urgent: {lender}, {days} days past due ({stage}).</source>
        <translation>最紧急的一笔：{lender}，逾期{days}天（{stage}）。</translation>
    </message>
</context>
<context>
    <name>DebtDetail</name>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Record a payment…</source>
        <translation>记录一笔还款…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>还款记录</translation>
    </message>
    <message>
        <source>Show the balance over time</source>
        <translation>显示欠款余额的变化</translation>
    </message>
    <message>
        <source>Show what waiting costs</source>
        <translation>显示拖延的代价</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Choose a debt above to see its schedule and payments.</source>
        <translation>在上方选择一笔债务，即可查看它的还款计划和还款记录。</translation>
    </message>
    <message>
        <source>{annual}% a year ({daily}% a day)</source>
        <translation>年利率{annual}%（日利率{daily}%）</translation>
    </message>
    <message>
        <source>true APR {apr}%</source>
        <translation>实际年化利率{apr}%</translation>
    </message>
    <message>
        <source>until paid off</source>
        <translation>直至还清</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n}个月</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>债权人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Borrowed</source>
        <translation>借款</translation>
    </message>
    <message>
        <source>{amount} on {date}, {term}</source>
        <translation>{date}借入{amount}，{term}</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>Interest check</source>
        <translation>利率检查</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>{stage} ({bucket}), {days} days past due</source>
        <translation>{stage}（{bucket}），逾期{days}天</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>目前逾期</translation>
    </message>
    <message>
        <source>{amount}; instalments missed: {n}</source>
        <translation>{amount}；未还期数：{n}</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>Total interest over the term</source>
        <translation>整个期限的利息合计</translation>
    </message>
    <message>
        <source>Penalties and fees charged so far</source>
        <translation>迄今已计收的罚息及费用</translation>
    </message>
    <message>
        <source>of which still owed</source>
        <translation>其中仍欠</translation>
    </message>
    <message>
        <source>From {date}</source>
        <translation>{date}起</translation>
    </message>
    <message>
        <source>{stage} if nothing is paid; penalties and fees by then {cost}</source>
        <translation>如果不还款将进入{stage}；届时罚息及费用{cost}</translation>
    </message>
    <message>
        <source>Lenders typically</source>
        <translation>债权人通常会</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>您可以</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DebtDialog</name>
    <message>
        <source>Edit debt</source>
        <translation>编辑债务</translation>
    </message>
    <message>
        <source>Add a debt</source>
        <translation>添加债务</translation>
    </message>
    <message>
        <source>e.g. 招商银行, 借呗, a friend&apos;s name</source>
        <translation>例如：招商银行、借呗、朋友的名字</translation>
    </message>
    <message>
        <source>same day as the start</source>
        <translation>与起始日同一天</translation>
    </message>
    <message>
        <source>The loan</source>
        <translation>借款</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>债权人</translation>
    </message>
    <message>
        <source>Lender is a</source>
        <translation>债权人类型</translation>
    </message>
    <message>
        <source>Kind of debt</source>
        <translation>债务类型</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Amount borrowed</source>
        <translation>借款金额</translation>
    </message>
    <message>
        <source>Fees taken at the start</source>
        <translation>放款时扣除的费用</translation>
    </message>
    <message>
        <source>Service fees deducted from the money you received; they raise the true rate.</source>
        <translation>从到手金额中扣除的服务费等；它们会推高实际利率。</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <source>Due day of the month</source>
        <translation>每月还款日</translation>
    </message>
    <message>
        <source>In shorter months a due day of 29–31 falls on the month&apos;s last day.</source>
        <translation>在较短的月份，29–31日的还款日落在当月最后一天。</translation>
    </message>
    <message>
        <source>Contract rate</source>
        <translation>合同利率</translation>
    </message>
    <message>
        <source>Repayment method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>Keep paying this one first</source>
        <translation>优先偿还这笔</translation>
    </message>
    <message>
        <source>A mortgage, a car needed for work: provided for before other lenders share what is left.</source>
        <translation>房贷、工作需要的车贷等：在其他债权人分配剩余资金之前先予保障。</translation>
    </message>
    <message>
        <source>If a payment is late</source>
        <translation>逾期时</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>宽限天数</translation>
    </message>
    <message>
        <source>Penalty rate above contract rate (%)</source>
        <translation>罚息利率上浮比例（%）</translation>
    </message>
    <message>
        <source>Often 30–50%, charged daily.</source>
        <translation>通常为30–50%，按日计收。</translation>
    </message>
    <message>
        <source>Penalty interest is charged</source>
        <translation>罚息计收基数</translation>
    </message>
    <message>
        <source>Unpaid interest</source>
        <translation>未还利息</translation>
    </message>
    <message>
        <source>also carries penalty interest (复利)</source>
        <translation>也计收罚息（复利）</translation>
    </message>
    <message>
        <source>Common for bank loans; without it an interest-only loan costs nothing late until maturity.</source>
        <translation>银行贷款常见；没有这一条，先息后本的贷款在到期前逾期不产生费用。</translation>
    </message>
    <message>
        <source>Fixed penalty rate (% a year)</source>
        <translation>固定罚息利率（年利率%）</translation>
    </message>
    <message>
        <source>Only if the contract names one (e.g. for a 0% loan); empty: the contract rate plus the markup above.</source>
        <translation>仅在合同写明时填写（例如0%利率的借款）；留空则为合同利率加上面的上浮比例。</translation>
    </message>
    <message>
        <source>A payment goes first to</source>
        <translation>还款首先冲抵</translation>
    </message>
    <message>
        <source>Most Chinese loan contracts follow the Civil Code: fees, interest, then principal.</source>
        <translation>大多数国内借款合同依照《民法典》：先费用，再利息，后本金。</translation>
    </message>
    <message>
        <source>Late fee per missed instalment</source>
        <translation>每期逾期的违约金</translation>
    </message>
    <message>
        <source>Late fee, % of the missed instalment</source>
        <translation>违约金（占逾期应还款的%）</translation>
    </message>
    <message>
        <source>Card minimum payment (% of balance)</source>
        <translation>信用卡最低还款（占余额的%）</translation>
    </message>
    <message>
        <source>Card minimum payment at least</source>
        <translation>信用卡最低还款至少</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Account or card number</source>
        <translation>账号或卡号</translation>
    </message>
    <message>
        <source>Shown masked elsewhere in the app.</source>
        <translation>在应用的其他地方会部分隐藏显示。</translation>
    </message>
    <message>
        <source>Lender contacts</source>
        <translation>债权人联系方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>First payment {amount} on {date}</source>
        <translation>首期还款{amount}，{date}</translation>
    </message>
    <message>
        <source>{count} payments, total interest {interest}</source>
        <translation>共{count}期，利息合计{interest}</translation>
    </message>
    <message>
        <source>Rate {annual}% a year = {daily}% a day</source>
        <translation>年利率{annual}% = 日利率{daily}%</translation>
    </message>
    <message>
        <source>true APR {apr}%</source>
        <translation>实际年化利率{apr}%</translation>
    </message>
</context>
<context>
    <name>DebtsModel</name>
    <message>
        <source>paid off</source>
        <translation>已还清</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>债权人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Interest check</source>
        <translation>利率检查</translation>
    </message>
</context>
<context>
    <name>EmptyDebts</name>
    <message>
        <source>No debts in this file yet</source>
        <translation>这个文件里还没有债务</translation>
    </message>
    <message>
        <source>Start with the debt that worries you most. Have its contract, statement or app at hand: the amount borrowed, the rate, how it is repaid and the due day. Add the payments you have made; DebtDesk works out the schedule, how far behind it is and what waiting costs.</source>
        <translation>从最让您担心的那笔债务开始。把合同、账单或 App 准备好：借款金额、利率、还款方式和还款日。再添加您已经还过的款项；DebtDesk 会算出还款计划、逾期多久，以及拖延要付出的代价。</translation>
    </message>
    <message>
        <source>&amp;Add your first debt…</source>
        <translation>添加第一笔债务(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the e&amp;xample household</source>
        <translation>打开示例家庭(&amp;X)</translation>
    </message>
    <message>
        <source>A made-up household in its own file, to look around first.</source>
        <translation>一个虚构的家庭，保存在单独的文件里，可以先看看。</translation>
    </message>
    <message>
        <source>Read the &amp;guide</source>
        <translation>阅读指南(&amp;G)</translation>
    </message>
    <message>
        <source>Words such as 等额本息, 罚息 or M2 are explained in the glossary.</source>
        <translation>等额本息、罚息、M2 等词语在术语表中都有解释。</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <source>{name} is encrypted and was not opened: no passphrase was given.</source>
        <translation>{name} 已加密，没有输入密码，所以未打开。</translation>
    </message>
    <message>
        <source>&amp;Encrypt this file…</source>
        <translation>加密这个文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Remove e&amp;ncryption…</source>
        <translation>取消加密(&amp;N)…</translation>
    </message>
    <message>
        <source>Encrypt this file</source>
        <translation>加密这个文件</translation>
    </message>
    <message>
        <source>{name} is already encrypted.</source>
        <translation>{name} 已经加密。</translation>
    </message>
    <message>
        <source>{name} is open read-only, so it cannot be encrypted here.</source>
        <translation>{name} 以只读方式打开，所以无法在这里加密。</translation>
    </message>
    <message>
        <source>{name} is now encrypted, with {files} attached files and {backups} backups. DebtDesk will ask for the passphrase each time it opens the file.</source>
        <translation>{name} 已加密，连同 {files} 个附件和 {backups} 份备份。以后每次打开这个文件，DebtDesk 都会要求输入密码。</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>取消加密</translation>
    </message>
    <message>
        <source>{name} is not encrypted.</source>
        <translation>{name} 没有加密。</translation>
    </message>
    <message>
        <source>{name} is open read-only, so its encryption cannot be removed here.</source>
        <translation>{name} 以只读方式打开，所以无法在这里取消加密。</translation>
    </message>
    <message>
        <source>Store {name}, its attached files and its backups without encryption? Anyone who can read your files on this computer will then be able to read them.</source>
        <translation>要取消 {name} 及其附件和备份的加密吗？之后，凡是能读取你在这台电脑上的文件的人，都能看到其中的内容。</translation>
    </message>
    <message>
        <source>Keep it encrypted</source>
        <translation>保持加密</translation>
    </message>
    <message>
        <source>{name} is no longer encrypted, nor are its {files} attached files and {backups} backups.</source>
        <translation>{name} 已取消加密，它的 {files} 个附件和 {backups} 份备份也已取消加密。</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Identity document (ID card or passport)</source>
        <extracomment>Every template title of domain/evidence.py, for lupdate (a test keeps the two in step).</extracomment>
        <translation>身份证件（身份证或护照）</translation>
    </message>
    <message>
        <source>Income proof: recent pay slips</source>
        <translation>收入证明：近期工资单</translation>
    </message>
    <message>
        <source>Bank statements for the last 3–6 months</source>
        <translation>近3至6个月的银行流水</translation>
    </message>
    <message>
        <source>A written statement of your situation</source>
        <translation>个人情况说明</translation>
    </message>
    <message>
        <source>The loan contract and recent statements</source>
        <translation>借款合同及近期账单</translation>
    </message>
    <message>
        <source>Your credit report</source>
        <translation>个人信用报告</translation>
    </message>
    <message>
        <source>Diagnosis certificate</source>
        <translation>疾病诊断证明</translation>
    </message>
    <message>
        <source>Hospital admission and discharge records</source>
        <translation>住院及出院记录</translation>
    </message>
    <message>
        <source>Medical bills and receipts</source>
        <translation>医疗费用票据</translation>
    </message>
    <message>
        <source>Termination letter</source>
        <translation>解除劳动合同通知书</translation>
    </message>
    <message>
        <source>Unemployment registration</source>
        <translation>失业登记证明</translation>
    </message>
    <message>
        <source>New, lower pay slips</source>
        <translation>降薪后的工资单</translation>
    </message>
    <message>
        <source>Contracts for the delayed work or sale</source>
        <translation>相关业务合同（工程或销售）</translation>
    </message>
    <message>
        <source>Proof that the payment to you is delayed</source>
        <translation>货款（工程款）延迟支付的证明</translation>
    </message>
    <message>
        <source>School hardship certificate</source>
        <translation>学校出具的家庭经济困难证明</translation>
    </message>
    <message>
        <source>Proof of enrolment</source>
        <translation>在读证明</translation>
    </message>
    <message>
        <source>Certificates of the family emergency</source>
        <translation>家庭变故相关证明</translation>
    </message>
    <message>
        <source>Official notices of the disaster</source>
        <translation>政府发布的灾害通知或证明</translation>
    </message>
</context>
<context>
    <name>EvidenceItemDialog</name>
    <message>
        <source>What document</source>
        <translation>什么文件</translation>
    </message>
    <message>
        <source>e.g. rent contract</source>
        <translation>例如：租房合同</translation>
    </message>
</context>
<context>
    <name>EvidenceLabels</name>
    <message>
        <source>Illness or accident</source>
        <translation>疾病或意外</translation>
    </message>
    <message>
        <source>Job loss or income drop</source>
        <translation>失业或收入减少</translation>
    </message>
    <message>
        <source>Business or project payment delay</source>
        <translation>经营或工程款项被拖延</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Family emergency</source>
        <translation>家庭变故</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>自然灾害</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>待取得</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>已取得</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已寄出</translation>
    </message>
</context>
<context>
    <name>EvidenceScreen</name>
    <message>
        <source>{count} ({missing} missing)</source>
        <translation>{count}（缺失{missing}个）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>取得日期</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>寄出日期</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>What made it hard to pay?</source>
        <translation>是什么原因让您难以还款？</translation>
    </message>
    <message>
        <source>Propose checklist</source>
        <translation>生成清单</translation>
    </message>
    <message>
        <source>Adds the documents usually asked for in these situations; items already in the list are kept.</source>
        <translation>添加这些情况下通常需要的证明材料；清单中已有的项目会保留。</translation>
    </message>
    <message>
        <source>Lenders agree more readily when they can see proof. Tick what happened above and press “Propose checklist”, or add your own items.</source>
        <translation>债权人看到证明时更容易同意。请在上方勾选发生的情况，然后点击“生成清单”，或自行添加项目。</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>添加项目…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
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
        <source>Selected item</source>
        <translation>选中的项目</translation>
    </message>
    <message>
        <source>Mark as:</source>
        <translation>标记为：</translation>
    </message>
    <message>
        <source>The date the status takes: today unless you choose an earlier day.</source>
        <translation>状态的日期：默认为今天，也可以选择更早的日期。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Who to ask, what was promised, where the original is…</source>
        <translation>向谁索取、对方承诺了什么、原件放在哪里…</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Files (copies kept with this household&apos;s data)</source>
        <translation>文件（副本与这个家庭的数据保存在一起）</translation>
    </message>
    <message>
        <source>{done} of {total} obtained or sent</source>
        <translation>{total}项中已取得或寄出{done}项</translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation>还没有项目</translation>
    </message>
    <message>
        <source>{requested} requested, {needed} still needed</source>
        <translation>已申请{requested}项，仍需{needed}项</translation>
    </message>
    <message>
        <source>Choose an item in the list.</source>
        <translation>请在列表中选择一个项目。</translation>
    </message>
    <message>
        <source>Requested {date}</source>
        <translation>{date}申请</translation>
    </message>
    <message>
        <source>Obtained {date}</source>
        <translation>{date}取得</translation>
    </message>
    <message>
        <source>Sent {date}</source>
        <translation>{date}寄出</translation>
    </message>
    <message>
        <source>{name} ({size}, added {date})</source>
        <translation>{name}（{size}，{date}添加）</translation>
    </message>
    <message>
        <source>{file} — missing</source>
        <translation>{file} — 缺失</translation>
    </message>
    <message>
        <source>One stored copy is missing: it was deleted or moved outside DebtDesk. Attach the file again if you still have it.</source>
        <translation>有一份保存的副本不见了：它已在 DebtDesk 之外被删除或移动。如果您还有这个文件，请重新附加。</translation>
    </message>
    <message>
        <source>{count} stored copies are missing: they were deleted or moved outside DebtDesk. Attach the files again if you still have them.</source>
        <translation>有{count}份保存的副本不见了：它们已在 DebtDesk 之外被删除或移动。如果您还有这些文件，请重新附加。</translation>
    </message>
    <message>
        <source>The list already has every document usually asked for in these situations.</source>
        <translation>这些情况下通常需要的证明材料都已在清单中。</translation>
    </message>
    <message>
        <source>Add an item to the checklist</source>
        <translation>向清单添加项目</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>重命名项目</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>The copy of “{name}” that DebtDesk kept is missing: it was deleted or moved outside DebtDesk.
If you still have the original, remove this entry and attach the file again.</source>
        <translation>DebtDesk 保存的“{name}”副本不见了：它已在 DebtDesk 之外被删除或移动。
如果您还有原件，请移除这一项后重新附加。</translation>
    </message>
    <message>
        <source>“{name}” has changed since it was attached (its checksum no longer matches), so it may not be the document you kept. Open it anyway?</source>
        <translation>“{name}”在附加之后被改动过（校验值不再一致），可能已不是您保存的那份文件。仍要打开吗？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>“{name}” is a kind of file that can run a program. Open it only if you trust it.</source>
        <translation>“{name}”是一种可以运行程序的文件。请只在信任它时打开。</translation>
    </message>
    <message>
        <source>No program on this computer opened “{name}”.</source>
        <translation>这台电脑上没有程序打开“{name}”。</translation>
    </message>
</context>
<context>
    <name>ExampleBanner</name>
    <message>
        <source>Example data — nothing here is yours.</source>
        <translation>示例数据——这里的内容都不是您的。</translation>
    </message>
    <message>
        <source>A made-up household, kept in a file of its own to show how DebtDesk works. Change anything you like; your own debts go in your own file.</source>
        <translation>一个虚构的家庭，保存在单独的文件里，用来展示 DebtDesk 的用法。可以随意修改；您自己的债务请记在您自己的文件里。</translation>
    </message>
    <message>
        <source>&amp;Start my own file</source>
        <translation>开始使用我自己的文件(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Ex&amp;port</source>
        <translation>导出(&amp;P)</translation>
    </message>
    <message>
        <source>Debts &amp;register as CSV…</source>
        <translation>债务列表（CSV）(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Schedule of the chosen debt as CSV…</source>
        <translation>所选债务的还款计划（CSV）(&amp;S)…</translation>
    </message>
    <message>
        <source>Schedule of the chosen debt as &amp;PDF to print…</source>
        <translation>所选债务的还款计划（打印用 PDF）(&amp;P)…</translation>
    </message>
    <message>
        <source>Collector &amp;contacts as CSV…</source>
        <translation>催收记录（CSV）(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Budget as CSV…</source>
        <translation>预算（CSV）(&amp;B)…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>电子表格用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>{path} could not be written: {problem}</source>
        <translation>无法写入{path}：{problem}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到{path}</translation>
    </message>
    <message>
        <source>Export the debts register</source>
        <translation>导出债务列表</translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation>导出还款计划</translation>
    </message>
    <message>
        <source>Export the collector contact log</source>
        <translation>导出催收记录</translation>
    </message>
    <message>
        <source>Export the budget</source>
        <translation>导出预算</translation>
    </message>
    <message>
        <source>There is no budget in this file yet. Start one on the Budget page.</source>
        <translation>这个文件中还没有预算。请在“预算”页新建一份。</translation>
    </message>
    <message>
        <source>Print the schedule to PDF</source>
        <translation>将还款计划打印为 PDF</translation>
    </message>
    <message>
        <source>{kind} · {method} · borrowed {amount} {currency} on {date}</source>
        <translation>{kind} · {method} · {date}借入{amount} {currency}</translation>
    </message>
    <message>
        <source>As of {date}: outstanding {owed}, overdue {overdue}, {days} days past due ({stage}).</source>
        <translation>截至{date}：尚欠{owed}，逾期{overdue}，逾期{days}天（{stage}）。</translation>
    </message>
    <message>
        <source>Repayment schedule: {lender}</source>
        <translation>还款计划：{lender}</translation>
    </message>
    <message>
        <source>#</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>还款额</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>还款后余额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>部分已还</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Overdue, part paid</source>
        <translation>逾期，部分已还</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Made with DebtDesk · page {page}</source>
        <translation>由 DebtDesk 生成 · 第{page}页</translation>
    </message>
</context>
<context>
    <name>FileBanner</name>
    <message>
        <source>Read-only: another program has this file open for writing.</source>
        <translation>只读：另一个程序正以写入方式打开这个文件。</translation>
    </message>
    <message>
        <source>Read-only: this file or its folder cannot be written; changes cannot be saved. File ▸ Save a copy makes a copy you can change.</source>
        <translation>只读：这个文件或其所在文件夹无法写入，更改无法保存。“文件 ▸ 另存副本”可以生成一份可修改的副本。</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>只读。</translation>
    </message>
    <message>
        <source>An older DebtDesk wrote this file; it is shown through an updated copy and was not changed.</source>
        <translation>这个文件由旧版 DebtDesk 写入；当前显示的是更新后的副本，原文件未被更改。</translation>
    </message>
    <message>
        <source>DebtDesk was interrupted while saving last time; that unfinished change was undone and everything saved before it is intact.</source>
        <translation>DebtDesk 上次保存时被中断；那项未完成的更改已被撤回，之前保存的所有内容都完好无损。</translation>
    </message>
    <message>
        <source>Upgraded from an older DebtDesk; the file as it was is kept in its backups folder.</source>
        <translation>已从旧版 DebtDesk 升级；升级前的文件保存在它的备份文件夹中。</translation>
    </message>
    <message>
        <source>Removed what an interrupted import, copy or backup had left behind.</source>
        <translation>已清除被中断的导入、复制或备份所留下的内容。</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {problem}</source>
        <translation>今天的备份未能完成：{problem}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>DebtDesk files (*{suffix});;All files (*)</source>
        <translation>DebtDesk 文件 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Welcome to DebtDesk</source>
        <translation>欢迎使用 DebtDesk</translation>
    </message>
    <message>
        <source>DebtDesk keeps your debts in one file on this computer; nothing is sent anywhere.

Would you like to look around with an example household first? It is kept in its own file, so your own data never mixes with it. File ▸ New starts your own file at any time.</source>
        <translation>DebtDesk 把您的债务保存在这台电脑上的一个文件里，不会发送到任何地方。

要不要先用一个示例家庭看看？它保存在单独的文件里，不会和您自己的数据混在一起。随时可以通过“文件 ▸ 新建”开始使用您自己的文件。</translation>
    </message>
    <message>
        <source>Show the example</source>
        <translation>查看示例</translation>
    </message>
    <message>
        <source>Start with my own debts</source>
        <translation>从我自己的债务开始</translation>
    </message>
    <message>
        <source>{name} is damaged and was left untouched.</source>
        <translation>{name}已损坏，保持原样未作改动。</translation>
    </message>
    <message>
        <source>Could not reopen the last file</source>
        <translation>无法重新打开上次的文件</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>New DebtDesk file</source>
        <translation>新建 DebtDesk 文件</translation>
    </message>
    <message>
        <source>Could not create the file</source>
        <translation>无法创建文件</translation>
    </message>
    <message>
        <source>Open a DebtDesk file</source>
        <translation>打开 DebtDesk 文件</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Could not save the copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>副本已保存到{path}</translation>
    </message>
    <message>
        <source>No free file name for the example household in {folder}.</source>
        <translation>在{folder}中找不到可用于示例家庭的文件名。</translation>
    </message>
    <message>
        <source>Could not open the example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <source>Could not open your file</source>
        <translation>无法打开您的文件</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>e.g. {value}</source>
        <translation>例如 {value}</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>This is general information, not legal advice.</source>
        <translation>以上为一般性信息，不构成法律意见。</translation>
    </message>
    <message>
        <source>Complaints about collection conduct: 12378 and 12363</source>
        <translation>投诉违规催收：12378 和 12363</translation>
    </message>
    <message>
        <source>Collectors may not call at night or over and over, threaten or insult you, contact your family, employer or phone contacts, make false legal claims or pretend to be officials. Keep your log, recordings and screenshots. You can complain to the financial regulator&apos;s consumer hotline 12378, to the central bank&apos;s hotline 12363, or, about an online lending platform, to the internet finance association. A complaint does not change what you owe, and you can keep negotiating.</source>
        <translation>催收方不得在夜间或反复拨打电话，不得威胁或辱骂您，不得联系您的家人、单位或通讯录联系人，不得虚构法律后果或冒充公职人员。请保留您的记录、录音和截图。您可以拨打金融监管部门的消费者投诉热线 12378、中国人民银行的 12363 进行投诉；如涉及网络借贷平台，也可以向互联网金融协会反映。投诉不会改变您所欠的金额，您仍可以继续协商。</translation>
    </message>
    <message>
        <source>Free legal aid: 12348</source>
        <translation>免费法律援助：12348</translation>
    </message>
    <message>
        <source>If you receive a court summons, a judgment or an enforcement notice, or want to understand your legal position, call the legal aid hotline 12348 or visit a local legal aid centre. Advice is free, and people on low incomes can be assigned a lawyer. Reply to every court document by the deadline it states.</source>
        <translation>如果收到法院传票、判决书或执行通知，或想了解自己的法律处境，请拨打法律援助热线 12348，或前往当地的法律援助中心。咨询免费，收入较低的人还可以获得指派的律师。每一份法院文书都要在其写明的期限内答复。</translation>
    </message>
    <message>
        <source>Paid &apos;debt negotiation&apos; agencies</source>
        <translation>收费的“债务协商”机构</translation>
    </message>
    <message>
        <source>Some agencies promise to stop interest and collection (停息挂账) for a fee, and ask for your ID documents, bank cards or money up front; regulators have warned against them. You can ask a lender for everything they offer — a pause, instalments, a waiver of penalties — yourself, directly and for free. Never hand over your ID card, bank cards or passwords, and never pay a fee in advance.</source>
        <translation>有些机构声称收费后可以帮您“停息挂账”、停止催收，并要求您先交出身份证件、银行卡或预付费用；监管部门已对此发出警示。暂停还款、分期、减免罚息等，您都可以自己直接向债权人免费申请。切勿交出身份证、银行卡或密码，也切勿预付任何费用。</translation>
    </message>
    <message>
        <source>Send these documents to your lender yourself: you can ask for a pause, instalments or a waiver directly and for free. No paid &apos;debt negotiation&apos; agency needs your ID card, bank cards or passwords.</source>
        <translation>请自己把这些材料寄给债权人：暂停还款、分期或减免，都可以直接免费申请。任何收费的“债务协商”机构都不需要您的身份证、银行卡或密码。</translation>
    </message>
    <message>
        <source>Current or within grace</source>
        <translation>正常或在宽限期内</translation>
    </message>
    <message>
        <source>Nothing, or a reminder before the due date.</source>
        <translation>没有动作，或在到期日前发送提醒。</translation>
    </message>
    <message>
        <source>Pay on time if you can. If you cannot, call the lender before the due date: asking early keeps the most options open.</source>
        <translation>能按时还款就按时还。如果还不上，请在到期日前致电债权人：尽早沟通，可选的办法最多。</translation>
    </message>
    <message>
        <source>Early overdue (逾期初期): {days} days past due</source>
        <translation>逾期初期：逾期{days}天</translation>
    </message>
    <message>
        <source>Text messages, app notifications, automated and customer-service calls. A grace period is often still possible.</source>
        <translation>短信、App 通知、自动语音和客服电话。这时往往还能争取到宽限。</translation>
    </message>
    <message>
        <source>Contact the lender yourself first. Explain what happened, ask for a grace period or a short deferral, and check the amount they say you owe.</source>
        <translation>先主动联系债权人。说明发生了什么，申请宽限期或短期延期还款，并核对对方所说的欠款金额。</translation>
    </message>
    <message>
        <source>Mid overdue (逾期中期): {days} days past due</source>
        <translation>逾期中期：逾期{days}天</translation>
    </message>
    <message>
        <source>More calls, e-mails and letters, requests for a statement of your finances, possibly visits.</source>
        <translation>更多的电话、电子邮件和信函，要求您提供财务状况说明，可能上门。</translation>
    </message>
    <message>
        <source>Write down your budget and a concrete plan. Gather evidence of your hardship. Negotiate, and get every agreement in writing.</source>
        <translation>写下您的预算和具体的还款方案。收集困难的证明。进行协商，并让每一项约定都落在纸面上。</translation>
    </message>
    <message>
        <source>Late overdue (逾期后期): {days} days past due</source>
        <translation>逾期后期：逾期{days}天</translation>
    </message>
    <message>
        <source>Outsourced collection agencies, a record on your credit report (commonly once a payment is a month overdue), legal notices.</source>
        <translation>委外催收机构介入，征信出现逾期记录（通常在逾期满一个月后），收到律师函等法律通知。</translation>
    </message>
    <message>
        <source>Negotiate formally, in writing, with your evidence. Assess the legal risk. Complain about any collection misconduct you have logged.</source>
        <translation>以书面形式、附上证明材料正式协商。评估法律风险。对已记录的违规催收行为进行投诉。</translation>
    </message>
    <message>
        <source>Severe: {days} or more days past due</source>
        <translation>严重逾期：逾期{days}天及以上</translation>
    </message>
    <message>
        <source>The account may be charged off or sold; a lawsuit and enforcement are possible (dishonest-debtor list, spending restrictions).</source>
        <translation>账户可能被核销或转让；可能被起诉并强制执行（列入失信被执行人名单、限制消费）。</translation>
    </message>
    <message>
        <source>Seek legal aid or a debt adviser. Respond to every court document on time, and keep copies of everything.</source>
        <translation>寻求法律援助或债务咨询。按时回应每一份法院文书，并保留所有材料的副本。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Days past due (DPD, 逾期天数)</source>
        <translation>逾期天数（DPD）</translation>
    </message>
    <message>
        <source>How long a debt has been overdue, counted as lenders count it: from the due date of the oldest instalment that is still not paid in full. A partial payment that does not cover that instalment does not stop the count.</source>
        <translation>一笔债务已逾期多久，按债权人的算法计算：从最早一期尚未还清的款项的到期日起算。不足以还清该期的部分还款不会中止计算。</translation>
    </message>
    <message>
        <source>Overdue stages (逾期初期, 逾期中期, 逾期后期)</source>
        <translation>逾期阶段（逾期初期、逾期中期、逾期后期）</translation>
    </message>
    <message>
        <source>DebtDesk sorts each debt into a stage by its days past due: current (or within the grace days), early 1–7 days, mid 8–30, late 31–90 and severe over 90. Each stage shows what lenders typically do and what you can do. Lenders differ: change the limits for all lenders or for one under Edit ▸ Overdue stages.</source>
        <translation>DebtDesk 按逾期天数把每笔债务归入一个阶段：正常（或在宽限期内）、逾期初期 1–7 天、逾期中期 8–30 天、逾期后期 31–90 天，以及超过 90 天的严重逾期。每个阶段都会显示债权人通常的做法和您可以做的事。各家债权人的标准不同：可以在“编辑 ▸ 逾期阶段”中为所有债权人或某一家债权人修改天数。</translation>
    </message>
    <message>
        <source>M1, M2, M3, M3+ (overdue buckets)</source>
        <translation>M1、M2、M3、M3+（逾期账龄）</translation>
    </message>
    <message>
        <source>How lenders and collection agencies group overdue accounts by month: M1 is 1–30 days past due, M2 31–60, M3 61–90 and M3+ more than 90. The later the bucket, the more likely the account has gone to outsourced collection, been reported on the credit record, or been sold on.</source>
        <translation>债权人和催收机构按月对逾期账户分组：M1 为逾期 1–30 天，M2 为 31–60 天，M3 为 61–90 天，M3+ 为超过 90 天。账龄越长，账户越可能已经委外催收、被报送征信或被转让。</translation>
    </message>
    <message>
        <source>Grace days (宽限期)</source>
        <translation>宽限期</translation>
    </message>
    <message>
        <source>Days after a due date in which a late payment still counts as on time: no penalty interest and no overdue record. Many credit cards allow about 3 days; many online loans allow none. Enter what your contract says.</source>
        <translation>到期日之后的若干天，在这几天内还款仍视为按时还款：不计罚息，也不留逾期记录。很多信用卡有约 3 天的宽限期，很多网络贷款则没有。请按合同填写。</translation>
    </message>
    <message>
        <source>Penalty interest (罚息)</source>
        <translation>罚息</translation>
    </message>
    <message>
        <source>Extra interest charged on what is overdue, for every day it stays unpaid: commonly the contract rate plus 30%–50% of it, on the overdue principal or on the whole overdue instalment. What has accrued stays owed until it is paid or waived; paying late does not undo it. Penalty interest and fees above the legal lines are commonly reduced on request.</source>
        <translation>对逾期款项按天额外计收的利息，只要未还就一直计算：通常为合同利率上浮 30%–50%，以逾期本金或整期逾期应还款为基数。已经产生的罚息在还清或减免之前一直欠着，晚些还款并不能抹掉它。超过法定上限的罚息和费用，通常可以申请调减。</translation>
    </message>
    <message>
        <source>Compound interest (复利)</source>
        <translation>复利</translation>
    </message>
    <message>
        <source>Penalty interest charged on interest that is itself overdue. Common on bank loans. On an interest-only (先息后本) loan every missed instalment is interest, so without 复利 the penalty would be nothing until the principal falls due.</source>
        <translation>对本身已逾期的利息再计收罚息。银行贷款中常见。先息后本的贷款每一期逾期的都是利息，如果没有复利，在本金到期之前罚息为零。</translation>
    </message>
    <message>
        <source>Late fee (滞纳金, 违约金)</source>
        <translation>违约金（滞纳金）</translation>
    </message>
    <message>
        <source>A fixed sum, or a share of the instalment, charged for each missed instalment on top of penalty interest.</source>
        <translation>每逾期一期，在罚息之外再收取的一笔固定金额或按该期应还款一定比例计算的费用。</translation>
    </message>
    <message>
        <source>How a payment is applied (Civil Code art. 561)</source>
        <translation>还款的冲抵顺序（《民法典》第561条）</translation>
    </message>
    <message>
        <source>When a payment does not cover everything owed, the PRC Civil Code (art. 561) applies it, unless agreed otherwise, first to the costs of collection, then to interest (penalty interest included), then to principal. Credit cards and some platforms state their own order, such as the oldest instalment first. It is a setting of each debt.</source>
        <translation>还款不足以清偿全部欠款时，除非另有约定，依照《民法典》第561条，先冲抵实现债权的费用，再冲抵利息（包括罚息），最后冲抵本金。信用卡和一些平台有自己的冲抵顺序，例如先还最早一期。这是每笔债务的一项设置。</translation>
    </message>
    <message>
        <source>Equal instalment (等额本息)</source>
        <translation>等额本息</translation>
    </message>
    <message>
        <source>The same payment every month; early payments are mostly interest, later ones mostly principal. Payment = P·r·(1+r)^n / ((1+r)^n − 1), where P is the amount borrowed, r the annual rate divided by 12 and n the number of months. Example: 1,000,000 over 30 years at 4.9% a year is 5,307.27 a month.</source>
        <translation>每月还款额相同；前期还款大多是利息，后期大多是本金。月还款额 = P·r·(1+r)^n / ((1+r)^n − 1)，其中 P 为借款金额，r 为年利率除以 12，n 为月数。例如：100万元、30年、年利率4.9%，每月还款5,307.27元。</translation>
    </message>
    <message>
        <source>Equal principal (等额本金)</source>
        <translation>等额本金</translation>
    </message>
    <message>
        <source>The same part of the principal every month (P / n) plus interest on what is still owed, so the payments start high and fall month by month. Less interest in all than 等额本息. Example: 1,000,000 over 30 years at 4.9% a year starts at 6,861.11.</source>
        <translation>每月偿还相同的本金（P / n），再加上剩余欠款的利息，所以还款额一开始高、之后逐月减少。总利息比等额本息少。例如：100万元、30年、年利率4.9%，首月还款6,861.11元。</translation>
    </message>
    <message>
        <source>Interest first, principal at the end (先息后本)</source>
        <translation>先息后本</translation>
    </message>
    <message>
        <source>Only interest is paid each month, and the whole principal falls due with the last instalment, which is therefore large. Plan for that last payment early.</source>
        <translation>每月只还利息，全部本金随最后一期一起到期，所以最后一期金额很大。请尽早为最后这笔还款做好准备。</translation>
    </message>
    <message>
        <source>All at maturity (一次性还本付息)</source>
        <translation>一次性还本付息</translation>
    </message>
    <message>
        <source>Principal and interest are paid in one sum at the end of the term. Common for private loans.</source>
        <translation>本金和利息在期限届满时一次付清。民间借贷中常见。</translation>
    </message>
    <message>
        <source>Credit card minimum payment (最低还款额)</source>
        <translation>信用卡最低还款额</translation>
    </message>
    <message>
        <source>The least you can pay on a credit card statement without the card counting as overdue, commonly 10% of the balance. Interest, commonly 0.05% a day, still runs on the unpaid part, so paying only the minimum takes years.</source>
        <translation>信用卡账单上最少需要还的金额，还了它信用卡就不算逾期，通常为欠款余额的 10%。未还部分仍会计息（通常为日利率 0.05%），所以只还最低还款额要很多年才能还清。</translation>
    </message>
    <message>
        <source>True APR (实际年化利率)</source>
        <translation>实际年化利率</translation>
    </message>
    <message>
        <source>The yearly cost of a loan worked out from the money that actually changed hands, fees included (the internal rate of return, IRR). Advertised rates often hide fees: a “monthly fee” of 0.5% of the original amount, repaid in equal instalments over a year, costs about 11% a year, not 6%. DebtDesk shows the true APR beside the contract rate and compares it with the legal lines.</source>
        <translation>根据实际到手和实际还出的资金（包括各项费用）算出的借款年成本，即内部收益率（IRR）。宣传的利率常常把费用藏起来：按原始借款金额每月收取 0.5% 的“手续费”、一年内等额还清，实际年化约为 11%，而不是 6%。DebtDesk 会在合同利率旁显示实际年化利率，并与法定利率线作比较。</translation>
    </message>
    <message>
        <source>Rate lines courts support (利率上限)</source>
        <translation>法院支持的利率上限</translation>
    </message>
    <message>
        <source>Courts do not support interest above certain lines. For private lending (民间借贷): four times the one-year Loan Prime Rate (LPR) when the contract was made, 12% a year with the LPR at 3.0%. For licensed lenders the commonly cited lines are 24% and 36% a year, fees included. Above the line, penalties and fees are commonly reduced on request. General information, not legal advice: a debt above a line is not void.</source>
        <translation>法院对超过一定标准的利息不予支持。民间借贷：合同成立时一年期贷款市场报价利率（LPR）的四倍，LPR 为 3.0% 时即年利率 12%。对持牌金融机构，常被引用的标准是年利率 24% 和 36%（含各项费用）。超出部分的罚息和费用，通常可以申请调减。以上为一般性信息，不构成法律意见：超过上限的债务并不因此无效。</translation>
    </message>
    <message>
        <source>Disposable income</source>
        <translation>可支配收入</translation>
    </message>
    <message>
        <source>What is left each month for all debts together: income minus essential expenses (housing, food, utilities, transport, medical costs, childcare…). Every proposal is checked against it; lenders ask for it as an income and expenditure statement.</source>
        <translation>每月可用于偿还全部债务的钱：收入减去必要支出（住房、餐饮、水电燃气、交通、医疗、子女照护……）。每个方案都会据此检查；债权人会以收支情况表的形式要求提供。</translation>
    </message>
    <message>
        <source>Priority debts</source>
        <translation>优先债务</translation>
    </message>
    <message>
        <source>Debts whose default costs a home or a livelihood: the mortgage or rent, a car loan when the car is needed for work, and similar. They are provided for, like essentials, before anything is offered to the other lenders.</source>
        <translation>一旦违约就会失去住房或生计的债务：房贷或房租、工作需要用车时的车贷，等等。它们和必要支出一样，要在向其他债权人提供还款之前先予保障。</translation>
    </message>
    <message>
        <source>Fair share (pro rata)</source>
        <translation>按比例分配</translation>
    </message>
    <message>
        <source>When you owe several lenders and cannot pay them all in full, what is left after essentials and priority debts is split between them in proportion to what each is owed. Offering every lender the same proportion is the practice of UK debt advice, and a letter can say that all are offered the same.</source>
        <translation>欠多家债权人、无法全部足额偿还时，扣除必要支出和优先债务后剩下的钱，按各家欠款金额的比例分配。对每家债权人提出相同比例的还款，是英国债务咨询的通行做法，信函中也可以说明对各家一视同仁。</translation>
    </message>
    <message>
        <source>Deferral (延期还款)</source>
        <translation>延期还款</translation>
    </message>
    <message>
        <source>A pause of a few months, after which the instalments start again; ask whether interest keeps running during the pause. Lenders do grant it, for example for a hospital stay.</source>
        <translation>暂停还款几个月，之后恢复按期还款；请问清楚暂停期间是否继续计息。债权人确实会同意，例如因住院而申请。</translation>
    </message>
    <message>
        <source>Personalised instalment plan (个性化分期)</source>
        <translation>个性化分期</translation>
    </message>
    <message>
        <source>A new repayment plan for an overdue credit card that spreads what is owed over up to 60 months, under Article 70 of the Measures for the Supervision and Administration of Credit Card Business of Commercial Banks. Ask the bank&apos;s card centre for it in writing, with your budget and evidence of the hardship.</source>
        <translation>逾期信用卡的新还款安排，依据《商业银行信用卡业务监督管理办法》第七十条，可将欠款分最长 60 个月偿还。请附上您的预算和困难证明，以书面形式向银行信用卡中心申请。</translation>
    </message>
    <message>
        <source>Interest freeze (停息挂账)</source>
        <translation>停息挂账</translation>
    </message>
    <message>
        <source>The everyday name for an agreement in which the lender stops adding interest and penalties while the balance is repaid in instalments. You can ask the lender for it yourself, for free. Beware of “negotiation” or “anti-collection” agencies that promise 停息挂账 for a fee and ask for your ID, bank cards or money up front: regulators have warned against them.</source>
        <translation>俗称，指债权人停止加收利息和罚息、余额分期偿还的协议。您可以自己向债权人免费申请。请警惕那些收费承诺“停息挂账”、要求先交身份证件、银行卡或费用的“协商”“反催收”机构：监管部门已对此发出警示。</translation>
    </message>
    <message>
        <source>Waiver of penalties (减免罚息)</source>
        <translation>减免罚息</translation>
    </message>
    <message>
        <source>A request that the lender cancel the penalty interest and late fees charged since the account fell behind, often granted together with a plan you can keep.</source>
        <translation>请求债权人免除逾期以来计收的罚息和违约金，常与一份能够履行的还款方案一起获批。</translation>
    </message>
    <message>
        <source>One-off settlement (一次性还款优惠)</source>
        <translation>一次性还款优惠</translation>
    </message>
    <message>
        <source>Paying part of the balance in one sum in full and final settlement, with the rest written off. Get the lender&apos;s agreement in writing before you pay, stating that nothing more is owed.</source>
        <translation>一次性偿还部分欠款，作为全部且最终的清偿，其余部分予以减免。付款之前，请取得债权人的书面同意，写明此后不再有任何欠款。</translation>
    </message>
    <message>
        <source>Credit record (征信)</source>
        <translation>征信</translation>
    </message>
    <message>
        <source>The central bank&apos;s credit reference record. Lenders commonly report an account as overdue once it is about a month behind. Negative entries are kept for five years from the day the debt is settled.</source>
        <translation>中国人民银行的征信记录。逾期约一个月后，债权人通常会报送逾期记录。不良记录自欠款还清之日起保留五年。</translation>
    </message>
    <message>
        <source>Complaint channels (12378, 12363)</source>
        <translation>投诉渠道（12378、12363）</translation>
    </message>
    <message>
        <source>Collectors may not threaten or insult you, call at night, contact your family, employer or phone contacts, make false legal claims or pose as officials. In China, complain to the financial regulator&apos;s consumer hotline 12378, the central bank&apos;s 12363, or the internet-finance association; elsewhere, to the local regulator. Log every contact: flagged contacts feed the complaint letter.</source>
        <translation>催收方不得威胁或辱骂您、在夜间打电话、联系您的家人、单位或通讯录联系人、虚构法律后果或冒充公职人员。在中国，可以向金融监管部门的消费者投诉热线 12378、中国人民银行的 12363 或互联网金融协会投诉；在其他地方，向当地监管机构投诉。请记录每一次催收：有警示的记录会写入投诉信。</translation>
    </message>
    <message>
        <source>Free legal aid (12348)</source>
        <translation>免费法律援助（12348）</translation>
    </message>
    <message>
        <source>The 12348 hotline gives free legal advice in China. Call it when you receive court documents, are threatened with a lawsuit, or are unsure of your rights. Nothing in DebtDesk is legal advice.</source>
        <translation>12348 热线在中国提供免费法律咨询。收到法院文书、被威胁起诉或不清楚自己的权利时，请拨打这个电话。DebtDesk 中的任何内容都不构成法律意见。</translation>
    </message>
    <message>
        <source>Limitation period (诉讼时效)</source>
        <translation>诉讼时效</translation>
    </message>
    <message>
        <source>A lender has three years to take a claim to court, counted from when it could claim (Civil Code art. 188); for one debt repaid in instalments, from the due date of the last instalment (art. 189). A payment, a written acknowledgement of the debt or the lender&apos;s demand starts the three years again. After court documents arrive the deadlines are short (commonly 15 days to answer or to appeal a judgment): the date printed on the document is the one that counts.</source>
        <translation>债权人向法院提起诉讼的期限为三年，从其可以主张权利之日起算（《民法典》第188条）；分期偿还的同一笔债务，从最后一期履行期限届满之日起算（第189条）。还款、书面确认债务或债权人催款，都会使三年重新起算。收到法院文书后期限很短（答辩或对判决上诉通常为 15 天）：以文书上印明的日期为准。</translation>
    </message>
    <message>
        <source>Falling behind happens to many people, and there is almost always something you can do. Lenders would rather agree a plan than chase a debt. This guide walks through the steps in the order that works best; you can stop and come back at any time. Everything stays in one file on this computer, and every change is saved as you make it (there is no Save button; Edit ▸ Undo takes a change back).</source>
        <translation>逾期的情况很多人都会遇到，而且几乎总有办法可想。比起追讨欠款，债权人更愿意谈成一份还款方案。这份指南按最有效的顺序介绍每一步；您可以随时停下，之后再回来。所有内容都保存在这台电脑上的一个文件里，每一项更改都会在做出时自动保存（没有“保存”按钮；“编辑 ▸ 撤销”可以撤回更改）。</translation>
    </message>
    <message>
        <source>1. Write down every debt</source>
        <translation>1. 写下每一笔债务</translation>
    </message>
    <message>
        <source>On the Debts page, add each debt with the terms from its contract or app: the amount, the rate, the repayment method, the due day and the grace days. Record the payments you have made. DebtDesk then works out the schedule, how far behind each debt is, and what it will cost if nothing is paid.</source>
        <translation>在“债务”页，按合同或 App 上的条款添加每一笔债务：金额、利率、还款方式、还款日和宽限天数。记录您已经还过的款项。DebtDesk 会算出还款计划、每笔债务逾期多久，以及不还款会付出什么代价。</translation>
    </message>
    <message>
        <source>2. See where you stand</source>
        <translation>2. 看清自己的处境</translation>
    </message>
    <message>
        <source>The Overview shows what is owed and overdue, the most urgent debt, what lenders typically do at its stage and what you can do now, and when each debt will move to the next stage if nothing is paid.</source>
        <translation>“概览”页显示欠款总额和逾期金额、最紧急的一笔债务、债权人在这个阶段通常会怎么做、您现在可以做什么，以及如果不还款，每笔债务何时进入下一阶段。</translation>
    </message>
    <message>
        <source>3. Make a budget</source>
        <translation>3. 做一份预算</translation>
    </message>
    <message>
        <source>On the Budget page, list your income and your essential expenses. What is left is what you can offer to lenders. Lenders ask for this statement, and a realistic one makes an agreement more likely.</source>
        <translation>在“预算”页列出您的收入和必要支出。剩下的就是您能向债权人提供的还款。债权人会要求看这份收支情况表，一份实事求是的预算让协议更容易达成。</translation>
    </message>
    <message>
        <source>4. Gather evidence</source>
        <translation>4. 收集证明材料</translation>
    </message>
    <message>
        <source>The Evidence page proposes a checklist from the reasons you fell behind: illness, job loss, a delayed payment to your business. Attach the documents as you get them; obtained items become the letter&apos;s enclosures.</source>
        <translation>“证明材料”页会根据您逾期的原因列出清单：生病、失业、经营款项被拖欠。拿到一份就附上一份；已取得的材料会成为信函的附件。</translation>
    </message>
    <message>
        <source>5. Log every collector contact</source>
        <translation>5. 记录每一次催收</translation>
    </message>
    <message>
        <source>After each call, message or visit, write down when, who and what was said, and attach recordings and screenshots. Calls at night, too many calls, contacting your family or employer, threats and false legal claims are flagged and can support a complaint.</source>
        <translation>每次接到电话、短信或上门后，记下时间、对方是谁、说了什么，并附上录音和截图。夜间催收、频繁催收、联系您的家人或单位、威胁和虚构法律后果都会被标为警示，可作为投诉的依据。</translation>
    </message>
    <message>
        <source>6. Make a proposal</source>
        <translation>6. 提出还款方案</translation>
    </message>
    <message>
        <source>On the Proposal page, choose what to ask for: a pause, instalments, a lower payment for a while, a waiver of penalties or a settlement. DebtDesk turns it into an exact schedule and checks it against your budget. With several lenders, each is offered its fair share.</source>
        <translation>在“方案”页选择您要申请的内容：暂停还款、分期、一段时间内降低还款额、减免罚息或一次性结清。DebtDesk 会把它变成精确的还款计划，并对照您的预算检查。有多家债权人时，每家都按比例分配。</translation>
    </message>
    <message>
        <source>7. Write and send the letter</source>
        <translation>7. 写好并寄出信函</translation>
    </message>
    <message>
        <source>The letter sets out your situation, your request and why it is affordable, with the evidence enclosed. Review it, export it as PDF and send it; then mark it as sent on the Letters page so you can show later what you sent, when and how. Ask for written confirmation and for collection calls to pause while your request is considered.</source>
        <translation>信函会说明您的情况、您的请求以及为什么能够负担，并附上证明材料。核对后导出为 PDF 寄出；然后在“信函”页标记为已寄出，以后就能说明您寄了什么、何时寄出、通过什么方式寄出。请要求对方书面确认，并在审核期间暂停催收电话。</translation>
    </message>
    <message>
        <source>8. After the agreement</source>
        <translation>8. 达成协议之后</translation>
    </message>
    <message>
        <source>Keep the written agreement, pay on the agreed dates and record each payment. A missed payment usually revives the whole debt, so contact the lender before a date you cannot meet. If you receive court documents, answer them on time and call the 12348 legal-aid hotline.</source>
        <translation>保存好书面协议，按约定日期还款，并记录每一笔还款。漏还一期通常会使整笔原债务恢复，所以在无法按时还款之前就要联系债权人。收到法院文书时，请按时答复，并拨打 12348 法律援助热线。</translation>
    </message>
    <message>
        <source>Nothing in DebtDesk is legal advice. Free legal aid: 12348. You can ask a lender directly, and for free, for everything a paid “debt negotiation” agency offers.</source>
        <translation>DebtDesk 中的任何内容都不构成法律意见。免费法律援助：12348。收费“债务协商”机构提供的一切，您都可以直接、免费地向债权人申请。</translation>
    </message>
    <message>
        <source>Your way through</source>
        <translation>一步一步来</translation>
    </message>
    <message>
        <source>Words used here:</source>
        <translation>本页用到的词语：</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>另见：</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>What is “{term}”? Opens the glossary.</source>
        <translation>“{term}”是什么意思？打开术语表。</translation>
    </message>
    <message>
        <source>Explain {term}</source>
        <translation>解释“{term}”</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>DebtDesk help</source>
        <translation>DebtDesk 帮助</translation>
    </message>
    <message>
        <source>Find a word, e.g. 罚息 or M2</source>
        <translation>查找词语，例如：罚息或 M2</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>术语表(&amp;L)</translation>
    </message>
</context>
<context>
    <name>HouseholdCommands</name>
    <message>
        <source>New budget of {date}</source>
        <translation>新建{date}的预算</translation>
    </message>
    <message>
        <source>Copy budget to {date}</source>
        <translation>将预算复制到{date}</translation>
    </message>
    <message>
        <source>Edit budget of {date}</source>
        <translation>编辑{date}的预算</translation>
    </message>
    <message>
        <source>Delete budget of {date}</source>
        <translation>删除{date}的预算</translation>
    </message>
    <message>
        <source>Choose hardship reasons</source>
        <translation>选择困难原因</translation>
    </message>
    <message>
        <source>Propose evidence checklist</source>
        <translation>生成证明材料清单</translation>
    </message>
    <message>
        <source>Add evidence item “{title}”</source>
        <translation>添加证明材料“{title}”</translation>
    </message>
    <message>
        <source>Rename evidence item to “{title}”</source>
        <translation>将证明材料重命名为“{title}”</translation>
    </message>
    <message>
        <source>Mark “{title}” as still needed</source>
        <translation>将“{title}”标记为待取得</translation>
    </message>
    <message>
        <source>Mark “{title}” as requested</source>
        <translation>将“{title}”标记为已申请</translation>
    </message>
    <message>
        <source>Mark “{title}” as obtained</source>
        <translation>将“{title}”标记为已取得</translation>
    </message>
    <message>
        <source>Mark “{title}” as sent</source>
        <translation>将“{title}”标记为已寄出</translation>
    </message>
    <message>
        <source>Edit notes of “{title}”</source>
        <translation>编辑“{title}”的备注</translation>
    </message>
    <message>
        <source>Remove evidence item “{title}”</source>
        <translation>移除证明材料“{title}”</translation>
    </message>
    <message>
        <source>Reorder evidence items</source>
        <translation>调整证明材料的顺序</translation>
    </message>
    <message>
        <source>Attach {count} file(s) to “{title}”</source>
        <translation>为“{title}”附加{count}个文件</translation>
    </message>
    <message>
        <source>Remove file “{name}”</source>
        <translation>移除文件“{name}”</translation>
    </message>
</context>
<context>
    <name>HouseholdModels</name>
    <message>
        <source>Keep paying</source>
        <translation>继续按原合同还款</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>可负担</translation>
    </message>
    <message>
        <source>paid first: short in {count} month(s)</source>
        <translation>优先保障：有{count}个月资金不足</translation>
    </message>
    <message>
        <source>lump sum short by {amount}</source>
        <translation>整笔资金差{amount}</translation>
    </message>
    <message>
        <source>{amount} a month over its share</source>
        <translation>每月超出所分得的{amount}</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>债权人</translation>
    </message>
    <message>
        <source>Owed today</source>
        <translation>今天尚欠</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Monthly payment</source>
        <translation>每月还款</translation>
    </message>
    <message>
        <source>Fair share</source>
        <translation>按比例分得</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>{first} to {last} ({count} months)</source>
        <translation>{first}至{last}（{count}个月）</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Debts paid first</source>
        <translation>优先保障的债务</translation>
    </message>
    <message>
        <source>Offered to lenders</source>
        <translation>提供给债权人</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用金额</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>#</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>还款额</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>还款后余额</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Online consumer loan</source>
        <translation>网络消费贷款</translation>
    </message>
    <message>
        <source>Bank loan</source>
        <translation>银行贷款</translation>
    </message>
    <message>
        <source>Mortgage</source>
        <translation>房贷</translation>
    </message>
    <message>
        <source>Car loan</source>
        <translation>车贷</translation>
    </message>
    <message>
        <source>Private loan</source>
        <translation>民间借贷</translation>
    </message>
    <message>
        <source>Instalment platform / BNPL</source>
        <translation>分期平台/先买后付</translation>
    </message>
    <message>
        <source>Student loan</source>
        <translation>助学贷款</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Equal instalment (等额本息)</source>
        <translation>等额本息</translation>
    </message>
    <message>
        <source>Equal principal (等额本金)</source>
        <translation>等额本金</translation>
    </message>
    <message>
        <source>Interest only, principal at end (先息后本)</source>
        <translation>先息后本</translation>
    </message>
    <message>
        <source>All at maturity (一次性还本付息)</source>
        <translation>一次性还本付息</translation>
    </message>
    <message>
        <source>Credit card, minimum payments</source>
        <translation>信用卡（最低还款）</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% 年利率</translation>
    </message>
    <message>
        <source>% a day</source>
        <translation>% 日利率</translation>
    </message>
    <message>
        <source>on the overdue principal</source>
        <translation>按逾期本金计收</translation>
    </message>
    <message>
        <source>on the overdue instalment</source>
        <translation>按逾期的整期应还款计收</translation>
    </message>
    <message>
        <source>Fees, then interest, then principal (Civil Code art. 561)</source>
        <translation>先费用，再利息，后本金（《民法典》第561条）</translation>
    </message>
    <message>
        <source>Oldest instalment first</source>
        <translation>先还最早一期</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Early overdue</source>
        <translation>逾期初期</translation>
    </message>
    <message>
        <source>Mid overdue</source>
        <translation>逾期中期</translation>
    </message>
    <message>
        <source>Late overdue</source>
        <translation>逾期后期</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>严重逾期</translation>
    </message>
</context>
<context>
    <name>LegalEventDialog</name>
    <message>
        <source>Add a legal time limit</source>
        <translation>添加法律期限</translation>
    </message>
    <message>
        <source>No particular debt</source>
        <translation>不针对特定债务</translation>
    </message>
    <message>
        <source>The document states the deadline:</source>
        <translation>文书写明了期限：</translation>
    </message>
    <message>
        <source>e.g. case number, court</source>
        <translation>例如：案号、法院</translation>
    </message>
    <message>
        <source>Attach the document…</source>
        <translation>附上文书…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Served, sent or signed on</source>
        <translation>送达、寄出或签署日期</translation>
    </message>
    <message>
        <source>Days to act</source>
        <translation>采取行动的天数</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Periods usually run from the day after service; a deadline on a public holiday moves to the next working day. The date on the document wins. This is general information, not legal advice.</source>
        <translation>期限通常从送达的次日起算；最后一天是法定节假日的，顺延至节假日后的第一个工作日。以文书上的日期为准。以上为一般性信息，不构成法律意见。</translation>
    </message>
</context>
<context>
    <name>LetterCommands</name>
    <message>
        <source>Mark letter to {to} as sent</source>
        <translation>将寄给{to}的信函标记为已寄出</translation>
    </message>
    <message>
        <source>Mark letter to {to} as not sent</source>
        <translation>将寄给{to}的信函标记为未寄出</translation>
    </message>
    <message>
        <source>Remove letter to {to} from the history</source>
        <translation>从历史记录中移除寄给{to}的信函</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Complaint letter</source>
        <translation>投诉信</translation>
    </message>
    <message>
        <source>Negotiation letter</source>
        <translation>协商信</translation>
    </message>
    <message>
        <source>Send to the financial regulator instead of the lender</source>
        <translation>寄给金融监管部门，而不是债权人</translation>
    </message>
    <message>
        <source>Append my income and expenditure statement, with a chart</source>
        <translation>附上我的家庭收支情况表及图表</translation>
    </message>
    <message>
        <source>Empty: the hardship reasons you recorded are stated</source>
        <translation>留空：写明您记录的困难原因</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>您的情况</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您的信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Write the letter again from these details</source>
        <translation>按这些信息重新生成信函</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Write the letter again?</source>
        <translation>重新生成信函？</translation>
    </message>
    <message>
        <source>The changes you made to this letter by hand will be lost.</source>
        <translation>您对这封信手动所作的修改将会丢失。</translation>
    </message>
    <message>
        <source>Write it again</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>保留我的修改</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>Enclosures (one per line)</source>
        <translation>附件（每行一项）</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>Export the letter</source>
        <translation>导出信函</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be written</source>
        <translation>无法生成信函</translation>
    </message>
    <message>
        <source>Check the details marked in red, then press Export PDF again.</source>
        <translation>请检查标红的信息，然后再次点击“导出 PDF”。</translation>
    </message>
    <message>
        <source>The letter cannot be printed</source>
        <translation>这封信函无法打印</translation>
    </message>
    <message>
        <source>Could not write the letter</source>
        <translation>无法生成信函</translation>
    </message>
    <message>
        <source>Letter exported</source>
        <translation>信函已导出</translation>
    </message>
    <message>
        <source>Saved to {path}. It is listed under Letters with its checksum.</source>
        <translation>已保存到{path}。它连同校验值列在“信函”页中。</translation>
    </message>
    <message>
        <source>Section “{heading}”</source>
        <translation>“{heading}”一节</translation>
    </message>
    <message>
        <source>Recipient&apos;s name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <source>Recipient&apos;s address</source>
        <translation>收件人地址</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>您的地址</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>您的电话</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>您的电子邮件</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>These characters cannot be printed, so the letter cannot be exported:</source>
        <translation>以下字符无法打印，因此这封信函无法导出：</translation>
    </message>
    <message>
        <source>The letter&apos;s font has no Arabic, Hebrew, Thai or emoji characters, and right-to-left text cannot be laid out: write these in Latin letters or Chinese characters.</source>
        <translation>信函的字体不含阿拉伯文、希伯来文、泰文或表情符号，也无法排版从右到左的文字：请改用拉丁字母或汉字书写。</translation>
    </message>
    <message>
        <source>This letter is in Traditional Chinese, but these parts are in Simplified Chinese:</source>
        <translation>这封信函使用繁体中文，但以下部分是简体中文：</translation>
    </message>
    <message>
        <source>This letter is in Simplified Chinese, but these parts are in Traditional Chinese:</source>
        <translation>这封信函使用简体中文，但以下部分是繁体中文：</translation>
    </message>
    <message>
        <source>Convert to Traditional Chinese</source>
        <translation>转换为繁体中文</translation>
    </message>
    <message>
        <source>Convert to Simplified Chinese</source>
        <translation>转换为简体中文</translation>
    </message>
    <message>
        <source>The household plan shows this proposal cannot be paid every month (short by {amount} at most), so the letter asks rather than promises. A lender may refuse a plan you cannot keep: a lower payment or a longer term on the Proposal page may fit.</source>
        <translation>家庭还款计划显示，这个方案有些月份无法足额还款（最多差{amount}），所以信函中是请求而不是承诺。债权人可能拒绝一份您无法履行的方案：在“方案”页降低还款额或延长期限也许可行。</translation>
    </message>
</context>
<context>
    <name>LettersScreen</name>
    <message>
        <source>File as exported</source>
        <translation>文件与导出时一致</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>File changed since export</source>
        <translation>文件在导出后被改动过</translation>
    </message>
    <message>
        <source>not marked as sent</source>
        <translation>未标记为已寄出</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>协商</translation>
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
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>寄出</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Complaint &amp;about:</source>
        <translation>投诉对象(&amp;A)：</translation>
    </message>
    <message>
        <source>Write a &amp;complaint about collection conduct…</source>
        <translation>撰写违规催收投诉信(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation>标记为已寄出(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>从列表中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Takes the entry off this list; the PDF file stays where it is. Edit ▸ Undo brings the entry back.</source>
        <translation>从这个列表中移除该条目；PDF 文件仍保留在原处。“编辑 ▸ 撤销”可以恢复该条目。</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <source>Negotiation letters start on the Proposal page. Every exported letter is listed here with its checksum, so you can show later exactly what you sent; mark each one as sent once it has gone out.</source>
        <translation>协商信从“方案”页开始撰写。每封导出的信函都会连同校验值列在这里，以后就能准确说明您寄出了什么；寄出后请逐一标记为已寄出。</translation>
    </message>
    <message>
        <source>no flagged collector contacts logged</source>
        <translation>没有记录到有警示的催收</translation>
    </message>
    <message>
        <source>{path} is no longer there.</source>
        <translation>{path}已不在原处。</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <extracomment>View ▸ Language: each language in itself, with a mnemonic that works whatever the window&apos;s language.</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Debts</source>
        <extracomment>What reading a file&apos;s data can raise when a row holds something this version cannot use. What the register, the debt detail, the totals and the reminder banner show.</extracomment>
        <translation>债务</translation>
    </message>
    <message>
        <source>{name} holds data this version of DebtDesk cannot show ({problem}); it was left untouched.</source>
        <translation>{name}中有这个版本的 DebtDesk 无法显示的数据（{problem}）；文件未被改动。</translation>
    </message>
    <message>
        <source>{name} (example household, not your data) — {app}</source>
        <translation>{name}（示例家庭，不是您的数据）— {app}</translation>
    </message>
    <message>
        <source>“{action}” could not be saved, so the file is as it was before.

{problem}</source>
        <translation>“{action}”未能保存，文件保持原样。

{problem}</translation>
    </message>
    <message>
        <source>“{action}” could not be undone; the file still holds the change, and you can try Undo again.

{problem}</source>
        <translation>“{action}”未能撤销；文件中仍保留这项更改，您可以再次尝试撤销。

{problem}</translation>
    </message>
    <message>
        <source>“{action}” could not be redone; the file is as it was, and you can try Redo again.

{problem}</source>
        <translation>“{action}”未能重做；文件保持原样，您可以再次尝试重做。

{problem}</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>没有做任何更改</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Collector contacts</source>
        <translation>催收记录</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Working out where {n} debts stand…</source>
        <translation>正在计算 {n} 笔债务的状况…</translation>
    </message>
    <message>
        <source>{currency}: owed {owed}, overdue {overdue}</source>
        <translation>{currency}：尚欠 {owed}，逾期 {overdue}</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>截至{date}</translation>
    </message>
    <message>
        <source>There are no debts in this file yet: add one first (Edit ▸ Add a debt).</source>
        <translation>这个文件中还没有债务：请先添加一笔（编辑 ▸ 添加债务）。</translation>
    </message>
    <message>
        <source>Works on the debt chosen on the Debts page: open that page and choose a debt.</source>
        <translation>作用于“债务”页中所选的债务：请打开该页并选择一笔债务。</translation>
    </message>
    <message>
        <source>Choose a debt in the list first.</source>
        <translation>请先在列表中选择一笔债务。</translation>
    </message>
    <message>
        <source>Saved. DebtDesk saves every change as you make it; there is no Save button. Edit ▸ Undo takes a change back.</source>
        <translation>已保存。DebtDesk 会在您做出每一项更改时自动保存，没有“保存”按钮。“编辑 ▸ 撤销”可以撤回更改。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the e&amp;xample household</source>
        <translation>打开示例家庭(&amp;X)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Export payments to a &amp;calendar…</source>
        <translation>将还款日程导出到日历(&amp;C)…</translation>
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
        <source>&amp;Add a debt…</source>
        <translation>添加债务(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit debt…</source>
        <translation>编辑债务(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete debt</source>
        <translation>删除债务(&amp;D)</translation>
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation>记录还款(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Log a collector contact…</source>
        <translation>记录一次催收(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Overdue &amp;stages…</source>
        <translation>逾期阶段(&amp;S)…</translation>
    </message>
    <message>
        <source>Reference rate &amp;lines…</source>
        <translation>参考利率线(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>术语表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About DebtDesk</source>
        <translation>关于 DebtDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the debt to {lender} and its {n} recorded payments?
You can undo this with Edit ▸ Undo.</source>
        <translation>删除对{lender}的债务及其{n}笔还款记录？
可以通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <source>Delete debt</source>
        <translation>删除债务</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>About DebtDesk</source>
        <translation>关于 DebtDesk</translation>
    </message>
    <message>
        <source>DebtDesk {version}

Keeps track of overdue debts in one file on this computer: {path}

Nothing in DebtDesk is legal advice.</source>
        <translation>DebtDesk {version}

在这台电脑上的一个文件中记录逾期债务：{path}

DebtDesk 中的任何内容都不构成法律意见。</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>The reply to your letter to {recipient}</source>
        <translation>{recipient}对您信函的答复</translation>
    </message>
    <message>
        <source>Attach the reply…</source>
        <translation>附上答复…</translation>
    </message>
    <message>
        <source>The lender&apos;s terms</source>
        <translation>债权人提出的条款</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>收到答复的日期</translation>
    </message>
    <message>
        <source>Wait for an answer until</source>
        <translation>等待答复至</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>对方的答复内容</translation>
    </message>
    <message>
        <source>The reply</source>
        <translation>答复</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypt {name}</source>
        <translation>加密 {name}</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>打开 {name}</translation>
    </message>
    <message>
        <source>Nobody will be able to open {name} without this passphrase, not even with DebtDesk&apos;s help: if it is lost, the data is lost for good. Write it down and keep it somewhere safe. Attached files and backups are encrypted too.</source>
        <translation>没有这个密码，谁也打不开 {name}，DebtDesk 也帮不了你：密码一旦丢失，数据就永远找不回来了。请把它写下来，放在安全的地方。附件和备份也会一起加密。</translation>
    </message>
    <message>
        <source>That passphrase does not open {name}. Check it (and the keyboard layout) and try again.</source>
        <translation>这个密码打不开 {name}。请检查密码（以及键盘输入法）后再试一次。</translation>
    </message>
    <message>
        <source>{name} is encrypted. Type its passphrase to open it.</source>
        <translation>{name} 已加密。请输入密码来打开它。</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Passphrase: type it first.</source>
        <translation>密码：请先输入密码。</translation>
    </message>
    <message>
        <source>New passphrase: use at least {count} characters.</source>
        <translation>新密码：至少要 {count} 个字符。</translation>
    </message>
    <message>
        <source>The same again: the two passphrases differ.</source>
        <translation>再输入一次：两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Edit payment</source>
        <translation>编辑还款</translation>
    </message>
    <message>
        <source>Record a payment to {lender}</source>
        <translation>记录向{lender}的还款</translation>
    </message>
    <message>
        <source>Pay the {amount} overdue</source>
        <translation>还清逾期的{amount}</translation>
    </message>
    <message>
        <source>Pay the {amount} due {date}</source>
        <translation>还{date}到期的{amount}</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Nothing is owed on this debt any more.</source>
        <translation>这笔债务已无欠款。</translation>
    </message>
    <message>
        <source>Overdue: {amount}, since {date} ({days} days).</source>
        <translation>逾期：{amount}，自{date}起（{days}天）。</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>没有逾期。</translation>
    </message>
    <message>
        <source>Penalty interest and fees owed: {amount}.</source>
        <translation>欠下的罚息及费用：{amount}。</translation>
    </message>
    <message>
        <source>Owed today in all: {amount}.</source>
        <translation>今天共欠：{amount}。</translation>
    </message>
    <message>
        <source>That is more than the {owed} owed today.</source>
        <translation>超过了今天所欠的{owed}。</translation>
    </message>
    <message>
        <source>Settles instalments {first}–{last} (due {start} to {end}).</source>
        <translation>还清第{first}–{last}期（{start}至{end}到期）。</translation>
    </message>
    <message>
        <source>instalment {number} (due {date})</source>
        <translation>第{number}期（{date}到期）</translation>
    </message>
    <message>
        <source>Settles {names}.</source>
        <translation>还清{names}。</translation>
    </message>
    <message>
        <source>Pays part of instalment {number} (due {date}).</source>
        <translation>还上第{number}期的一部分（{date}到期）。</translation>
    </message>
    <message>
        <source>Still overdue afterwards: {amount}.</source>
        <translation>还款后仍逾期：{amount}。</translation>
    </message>
    <message>
        <source>Nothing overdue afterwards.</source>
        <translation>还款后不再逾期。</translation>
    </message>
    <message>
        <source>Penalties still owed: {amount}.</source>
        <translation>仍欠罚息：{amount}。</translation>
    </message>
    <message>
        <source>Left to pay afterwards: {amount}.</source>
        <translation>还款后尚欠：{amount}。</translation>
    </message>
    <message>
        <source>The debt is paid off afterwards.</source>
        <translation>还款后这笔债务即还清。</translation>
    </message>
    <message>
        <source>{amount} is more than the debt could ever ask, future interest included.</source>
        <translation>{amount}超过了这笔债务可能要求的全部金额（包括未来的利息）。</translation>
    </message>
    <message>
        <source>More than is owed</source>
        <translation>超过欠款金额</translation>
    </message>
    <message>
        <source>You are recording a payment of {amount} to {lender}, but {owed} is owed on this debt today, penalties included.

Is {amount} the amount you paid?</source>
        <translation>您正在记录向{lender}还款{amount}，但这笔债务今天共欠{owed}（含罚息）。

您实际还的是{amount}吗？</translation>
    </message>
    <message>
        <source>Record {amount}</source>
        <translation>记录{amount}</translation>
    </message>
    <message>
        <source>Change the amount</source>
        <translation>修改金额</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Change a proposal</source>
        <translation>修改方案</translation>
    </message>
    <message>
        <source>Change how a debt is treated</source>
        <translation>修改债务的处理方式</translation>
    </message>
    <message>
        <source>Suggest fair shares</source>
        <translation>建议按比例分配</translation>
    </message>
    <message>
        <source>Change when the plan starts</source>
        <translation>修改方案的起始日期</translation>
    </message>
    <message>
        <source>Change the lump sum for settlements</source>
        <translation>修改用于一次性结清的资金</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <source>{month} (short by {amount})</source>
        <extracomment>At most this many short months are named; the table shows them all.</extracomment>
        <translation>{month}（差{amount}）</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>还有{count}个月</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No debt in this currency still needs paying.</source>
        <translation>这个币种已没有需要偿还的债务。</translation>
    </message>
    <message>
        <source>Add a budget in {currency} (or enter the money available each month) to check this plan month by month.</source>
        <translation>请添加一份{currency}的预算（或填写每月可用的金额），以便逐月检查这个方案。</translation>
    </message>
    <message>
        <source>Not affordable: {count} month(s) ask more than the {available} available for debts: {months}. A lender may refuse a plan you cannot keep: try a longer term, a lower payment, a pause, or fair shares.</source>
        <translation>无法负担：有{count}个月需要的钱超过了可用于还债的{available}：{months}。债权人可能拒绝一份您无法履行的方案：试试延长期限、降低还款额、暂停还款或按比例分配。</translation>
    </message>
    <message>
        <source>Every month fits, but the settlements need {needed} at once: enter the savings or help you have for them.</source>
        <translation>每个月都可行，但一次性结清需要一次拿出{needed}：请填写可用于此的积蓄或他人资助。</translation>
    </message>
    <message>
        <source>Every month fits, but the settlements need {needed} at once and you have {lump_sum}: {short} short.</source>
        <translation>每个月都可行，但一次性结清需要一次拿出{needed}，而您有{lump_sum}：还差{short}。</translation>
    </message>
    <message>
        <source>Affordable: every month asks no more than the {available} available for debts.</source>
        <translation>可以负担：每个月需要的钱都不超过可用于还债的{available}。</translation>
    </message>
    <message>
        <source>{lender}: owed {balance}; the proposal asks up to {monthly} a month.</source>
        <translation>{lender}：欠{balance}；方案每月最多还{monthly}。</translation>
    </message>
    <message>
        <source>Its fair share is {share} a month: {pot} is left after essentials and the debts paid first, shared between {count} lender(s) owed {total} in all.</source>
        <translation>按比例分得每月{share}：扣除必要支出和优先保障的债务后剩余{pot}，由{count}家债权人分配，共欠{total}。</translation>
    </message>
    <message>
        <source>Nothing is left for it: essentials and the debts paid first take all of the {available} available.</source>
        <translation>没有可分给它的钱：必要支出和优先保障的债务用掉了全部{available}。</translation>
    </message>
    <message>
        <source>Every lender who shares is offered the same proportion of what it is owed.</source>
        <translation>参与分配的每家债权人，得到的都是其欠款的相同比例。</translation>
    </message>
    <message>
        <source>{lender}: owed {balance}; a one-off settlement of {amount} on {date}, from savings or help.</source>
        <translation>{lender}：欠{balance}；{date}用积蓄或资助一次性结清{amount}。</translation>
    </message>
    <message>
        <source>{lender} is a priority debt, paid before the others share: owed {balance}, up to {monthly} a month.</source>
        <translation>{lender}是优先债务，在其他债务分配之前偿还：欠{balance}，每月最多{monthly}。</translation>
    </message>
    <message>
        <source>{lender} is kept as contracted, paid before the others share: owed {balance}, up to {monthly} a month.</source>
        <translation>{lender}按原合同继续还款，在其他债务分配之前偿还：欠{balance}，每月最多{monthly}。</translation>
    </message>
    <message>
        <source>Its arrears of {amount} are paid in the first month.</source>
        <translation>它的逾期款{amount}在第一个月补还。</translation>
    </message>
    <message>
        <source>It fits.</source>
        <translation>可以负担。</translation>
    </message>
    <message>
        <source>The lump sum is {amount} short.</source>
        <translation>整笔资金还差{amount}。</translation>
    </message>
    <message>
        <source>It asks up to {amount} a month more than its share, in {count} month(s).</source>
        <translation>有{count}个月，每月最多比所分得的多{amount}。</translation>
    </message>
    <message>
        <source>The debts paid first need up to {amount} more than is available, in {count} month(s).</source>
        <translation>有{count}个月，优先保障的债务最多比可用金额多需{amount}。</translation>
    </message>
    <message>
        <source>The proposal for {lender} cannot be worked out now and is shown as kept: {message}</source>
        <translation>{lender}的方案目前无法计算，暂按原合同显示：{message}</translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <source>What to ask for</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <source>Defer payments for (months; interest runs on)</source>
        <translation>延期还款（月；照常计息）</translation>
    </message>
    <message>
        <source>no deferral</source>
        <translation>不延期</translation>
    </message>
    <message>
        <source>Or pause for (months; no interest), then the same instalments</source>
        <translation>或暂停还款（月；不计息），之后按原分期还款</translation>
    </message>
    <message>
        <source>no pause</source>
        <translation>不暂停</translation>
    </message>
    <message>
        <source>Repay in instalments over (months)</source>
        <translation>分期还款（月）</translation>
    </message>
    <message>
        <source>as now</source>
        <translation>维持现状</translation>
    </message>
    <message>
        <source>Or pay a lower amount each month</source>
        <translation>或每月少还一些</translation>
    </message>
    <message>
        <source>e.g. 800</source>
        <translation>例如 800</translation>
    </message>
    <message>
        <source>…for (months), then spread the rest</source>
        <translation>……持续（月），之后将余额分摊</translation>
    </message>
    <message>
        <source>until repaid</source>
        <translation>直至还清</translation>
    </message>
    <message>
        <source>Or settle once at (% of the balance)</source>
        <translation>或一次性结清（余额的%）</translation>
    </message>
    <message>
        <source>e.g. 60</source>
        <translation>例如 60</translation>
    </message>
    <message>
        <source>…on (YYYY-MM-DD)</source>
        <translation>……于（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the first payment date</source>
        <translation>第一期还款日</translation>
    </message>
    <message>
        <source>Ask to waive penalty interest and fees (减免罚息)</source>
        <translation>申请减免罚息及费用（减免罚息）</translation>
    </message>
    <message>
        <source>Ask to freeze interest (停息挂账)</source>
        <translation>申请停止计息（停息挂账）</translation>
    </message>
</context>
<context>
    <name>ProposalScreen</name>
    <message>
        <source>none named</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>from your latest budget</source>
        <translation>来自最新预算</translation>
    </message>
    <message>
        <source>Suggest fair shares</source>
        <translation>建议按比例分配</translation>
    </message>
    <message>
        <source>Write a letter with this proposal…</source>
        <translation>用这个方案撰写信函…</translation>
    </message>
    <message>
        <source>Not legal advice: general information to help you prepare your own proposal. Check the figures with your lenders&apos; statements.</source>
        <translation>不构成法律意见：这些一般性信息帮助您自己准备还款方案。请对照债权人的账单核对数字。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>The plan starts on</source>
        <translation>方案起始日期</translation>
    </message>
    <message>
        <source>Money available for debts each month</source>
        <translation>每月可用于还债的金额</translation>
    </message>
    <message>
        <source>Savings or help for one-off settlements</source>
        <translation>可用于一次性结清的积蓄或资助</translation>
    </message>
    <message>
        <source>Double-click a treatment to change it.</source>
        <translation>双击处理方式即可修改。</translation>
    </message>
    <message>
        <source>Compare this plan with the current terms and payoff strategies</source>
        <translation>将本方案与现行条款及还款策略对比</translation>
    </message>
    <message>
        <source>from your latest budget: none in this currency yet</source>
        <translation>来自最新预算：这个币种还没有预算</translation>
    </message>
    <message>
        <source>{amount} from your latest budget</source>
        <translation>来自最新预算：{amount}</translation>
    </message>
    <message>
        <source>Working out fair shares…</source>
        <translation>正在计算按比例分配…</translation>
    </message>
    <message>
        <source>The file changed while fair shares were worked out: nothing was changed. Suggest them again to share out the figures shown now.</source>
        <translation>计算按比例分配期间文件已有改动：未作任何更改。请再次点击“建议按比例分配”，按现在显示的数字重新分配。</translation>
    </message>
</context>
<context>
    <name>RateCheck</name>
    <message>
        <source>Licensed lenders, lower line</source>
        <translation>持牌机构，较低标准</translation>
    </message>
    <message>
        <source>Licensed lenders, upper line</source>
        <translation>持牌机构，较高标准</translation>
    </message>
    <message>
        <source>Private lending: a multiple of the one-year LPR</source>
        <translation>民间借贷：一年期 LPR 的倍数</translation>
    </message>
    <message>
        <source>true APR</source>
        <translation>实际年化利率</translation>
    </message>
    <message>
        <source>contract rate</source>
        <translation>合同利率</translation>
    </message>
    <message>
        <source>penalty rate</source>
        <translation>罚息利率</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <source>True APR {apr}% a year · contract rate {contract}% · penalty rate {penalty}%</source>
        <translation>实际年化利率 {apr}% · 合同利率 {contract}% · 罚息利率 {penalty}%</translation>
    </message>
    <message>
        <source>⚠ above {rate}% a year</source>
        <translation>⚠ 超过年利率 {rate}%</translation>
    </message>
    <message>
        <source>⚠ Above {rate}% a year ({line}, for contracts from {since}): {figures}.</source>
        <translation>⚠ 超过年利率 {rate}%（{line}，适用于{since}起订立的合同）：{figures}。</translation>
    </message>
    <message>
        <source>Courts commonly do not support interest above {rate}% a year; you can ask the lender to recalculate the interest, penalty interest and fees. Not legal advice.</source>
        <translation>法院通常不支持超过年利率 {rate}% 的利息；您可以要求债权人重新计算利息、罚息和费用。不构成法律意见。</translation>
    </message>
    <message>
        <source>Within the reference lines ({rates} a year). Not legal advice.</source>
        <translation>在参考利率线之内（年利率 {rates}）。不构成法律意见。</translation>
    </message>
    <message>
        <source>No reference line applies to this debt (Edit ▸ Reference rate lines). Not legal advice.</source>
        <translation>这笔债务不适用任何参考利率线（编辑 ▸ 参考利率线）。不构成法律意见。</translation>
    </message>
    <message>
        <source>1 debt charges more than {rate}% a year, counting fees or penalty interest: {lenders}.</source>
        <translation>有 1 笔债务计入费用或罚息后超过年利率 {rate}%：{lenders}。</translation>
    </message>
    <message>
        <source>{n} debts charge more than {rate}% a year, counting fees or penalty interest: {lenders}.</source>
        <translation>有 {n} 笔债务计入费用或罚息后超过年利率 {rate}%：{lenders}。</translation>
    </message>
    <message>
        <source>Courts commonly do not support interest above these lines; you can ask the lender to recalculate. The figures are on each debt&apos;s page. Not legal advice.</source>
        <translation>法院通常不支持超过这些标准的利息；您可以要求债权人重新计算。具体数字见每笔债务的页面。不构成法律意见。</translation>
    </message>
</context>
<context>
    <name>RateLinesDialog</name>
    <message>
        <source>Reference rate lines</source>
        <translation>参考利率线</translation>
    </message>
    <message>
        <source>Courts commonly do not support interest above these lines. DebtDesk compares each debt&apos;s true APR (fees included), contract rate and penalty rate with every line that applies to it. A line applies to contracts made on or after its date; the private-lending line uses the one-year LPR in force on the day the contract was made. Not legal advice: check the lines that apply to you.</source>
        <translation>法院通常不支持超过这些标准的利息。DebtDesk 会把每笔债务的实际年化利率（含费用）、合同利率和罚息利率与适用于它的每一条利率线作比较。利率线适用于在其日期当天或之后订立的合同；民间借贷利率线使用合同成立当天施行的一年期 LPR。不构成法律意见：请核实适用于您的标准。</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>利率线</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>利率线</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>For contracts from</source>
        <translation>适用于此日起订立的合同</translation>
    </message>
    <message>
        <source>Untick to leave this line out of every check.</source>
        <translation>取消勾选后，所有检查都不再使用这条利率线。</translation>
    </message>
    <message>
        <source>× the one-year LPR</source>
        <translation>× 一年期 LPR</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% 年利率</translation>
    </message>
    <message>
        <source>One-year Loan Prime Rate (LPR)</source>
        <translation>一年期贷款市场报价利率（LPR）</translation>
    </message>
    <message>
        <source>In force from (YYYY-MM-DD)</source>
        <translation>施行日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Add a rate</source>
        <translation>添加利率</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add each new rate with the date it took effect; the one in force on a contract&apos;s start date is used.</source>
        <translation>每次有新利率，就连同其生效日期一起添加；使用合同起始日当天施行的那个利率。</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Change reference rate lines</source>
        <translation>修改参考利率线</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Filter by lender, kind, stage…</source>
        <translation>按债权人、类型、阶段筛选…</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>只看逾期</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Hide until something new comes up</source>
        <translation>隐藏，直到有新情况</translation>
    </message>
    <message>
        <source>Agreements broken: {n}</source>
        <translation>未履行的协议：{n}</translation>
    </message>
    <message>
        <source>Court deadlines coming: {n}</source>
        <translation>即将到来的法院期限：{n}</translation>
    </message>
    <message>
        <source>Agreed payments late, still inside the grace: {n}</source>
        <translation>约定还款已晚，仍在宽限期内：{n}</translation>
    </message>
    <message>
        <source>Debts with late payments: {n}</source>
        <translation>有逾期还款的债务：{n}</translation>
    </message>
    <message>
        <source>Payments due within a week: {n}</source>
        <translation>一周内到期的还款：{n}</translation>
    </message>
    <message>
        <source>Letters without an answer: {n}</source>
        <translation>未获答复的信函：{n}</translation>
    </message>
    <message>
        <source>{lender}: the agreement counts as broken since {date} ({amount} missing).</source>
        <translation>{lender}：协议自{date}起视为违约（差{amount}）。</translation>
    </message>
    <message>
        <source>Court deadline on {date}: {days} days left.</source>
        <translation>法院期限{date}：还剩{days}天。</translation>
    </message>
    <message>
        <source>{lender}: pay {amount} by {date} to keep the agreement.</source>
        <translation>{lender}：请在{date}前还{amount}，以保住协议。</translation>
    </message>
    <message>
        <source>{lender}: {amount} overdue since {date}.</source>
        <translation>{lender}：{amount}自{date}起逾期。</translation>
    </message>
    <message>
        <source>{lender}: {amount} due on {date}.</source>
        <translation>{lender}：{amount}于{date}到期。</translation>
    </message>
    <message>
        <source>{lender}: no answer to your letter by {date}.</source>
        <translation>{lender}：截至{date}，您的信函仍未获答复。</translation>
    </message>
    <message>
        <source>DebtDesk: something needs attention</source>
        <translation>DebtDesk：有事项需要处理</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>Check &amp;file…</source>
        <translation>检查文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>{name} is whole: {summary}.</source>
        <translation>{name}完好：{summary}。</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>{name} is damaged:
{problems}

It has not been changed. You can go back to a backup (File ▸ Restore from backup), or copy everything still readable into a new file.</source>
        <translation>{name}已损坏：
{problems}

文件未被改动。您可以恢复到某个备份（文件 ▸ 从备份恢复），或把仍可读取的内容全部复制到一个新文件中。</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>Rescue into a new file…</source>
        <translation>抢救到新文件…</translation>
    </message>
    <message>
        <source>{count} debts</source>
        <translation>{count} 笔债务</translation>
    </message>
    <message>
        <source>{count} payments</source>
        <translation>{count} 笔还款</translation>
    </message>
    <message>
        <source>{count} collector contacts</source>
        <translation>{count} 条催收记录</translation>
    </message>
    <message>
        <source>{count} budgets</source>
        <translation>{count} 份预算</translation>
    </message>
    <message>
        <source>{count} evidence items</source>
        <translation>{count} 项证明材料</translation>
    </message>
    <message>
        <source>{count} letters</source>
        <translation>{count} 封信函</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>未能备份</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已备份到{path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>This file is open read-only, so it cannot be restored here.</source>
        <translation>这个文件以只读方式打开，无法在这里恢复。</translation>
    </message>
    <message>
        <source>Replace what {name} holds now with this backup? What it holds now is kept as a backup first.</source>
        <translation>用这个备份替换{name}现在的内容？现在的内容会先保存为一份备份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Keep the file as it is</source>
        <translation>保持文件不变</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>没有恢复任何内容</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>{name} now holds the backup. What it held before is kept as {kept}.</source>
        <translation>{name}现在是备份中的内容。之前的内容已保存为{kept}。</translation>
    </message>
    <message>
        <source>{name} is damaged, so DebtDesk did not open it and has not changed it.

What SQLite found: {problem}

You can go back to a backup, or copy everything that can still be read into a new file (the damaged file stays as it is).</source>
        <translation>{name}已损坏，所以 DebtDesk 没有打开它，也没有改动它。

SQLite 发现的问题：{problem}

您可以恢复到某个备份，或把仍可读取的内容全部复制到一个新文件中（损坏的文件保持原样）。</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <source>{name} was restored from the backup. The damaged file is kept as {kept}.</source>
        <translation>{name}已从备份恢复。损坏的文件已保存为{kept}。</translation>
    </message>
    <message>
        <source>Rescue into a new file</source>
        <translation>抢救到新文件</translation>
    </message>
    <message>
        <source>Nothing was rescued</source>
        <translation>没有抢救出任何内容</translation>
    </message>
    <message>
        <source>Data rescued</source>
        <translation>数据已抢救</translation>
    </message>
    <message>
        <source>{count} rows were rescued into {target}; {name} was left as it was.

{details}</source>
        <translation>已将{count}行数据抢救到{target}；{name}保持原样。

{details}</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>Overdue, part paid</source>
        <translation>逾期，部分已还</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>部分已还</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>#</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>还款额</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>还款后余额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find</source>
        <extracomment>the kind (&apos;debt&apos;, &apos;contact&apos;, &apos;evidence&apos;) and id of the chosen record</extracomment>
        <translation>查找</translation>
    </message>
    <message>
        <source>Lender, company, agent, phone or account number, words said…</source>
        <translation>债权人、公司、催收员、电话或账号、对话内容…</translation>
    </message>
    <message>
        <source>&amp;Find in debts, collector contacts and evidence:</source>
        <translation>在债务、催收记录和证明材料中查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>催收</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>{n} found. Choose one to show it.</source>
        <translation>找到{n}项。选择一项即可显示。</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>没有找到“{text}”。</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Registered post or courier (挂号信, EMS)</source>
        <translation>挂号信或快递（挂号信、EMS）</translation>
    </message>
    <message>
        <source>Ordinary post</source>
        <translation>平信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>The lender&apos;s app or online service</source>
        <translation>债权人的 App 或网上服务</translation>
    </message>
    <message>
        <source>Handed over in person</source>
        <translation>当面递交</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>其他方式</translation>
    </message>
    <message>
        <source>Mark the letter as sent</source>
        <translation>标记信函为已寄出</translation>
    </message>
    <message>
        <source>Registered post or e-mail leaves proof of when it was sent; keep the receipt.</source>
        <translation>挂号信或电子邮件可以证明寄出时间；请保留凭证。</translation>
    </message>
    <message>
        <source>Letter to {to}, exported on {date}.</source>
        <translation>寄给{to}的信函，{date}导出。</translation>
    </message>
    <message>
        <source>&amp;Sent on</source>
        <translation>寄出日期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>方式(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>There is no debt number {debt_id}.</source>
        <extracomment>the recordings and screenshots attached to `flagged`, one line each, for a complaint&apos;s enclosures what the household plan gives this lender (None: the debt is paid off, or nothing to plan) what the household plan pays all lenders in its heaviest month after the first (arrears aside)</extracomment>
        <translation>没有编号为 {debt_id} 的债务。</translation>
    </message>
    <message>
        <source>There is no letter number {letter_id}.</source>
        <translation>没有编号为 {letter_id} 的信函。</translation>
    </message>
    <message>
        <source>There is no agreement number {agreement_id}.</source>
        <translation>没有编号为 {agreement_id} 的协议。</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>There is no legal event number {event_id}.</source>
        <translation>没有编号为 {event_id} 的法律程序事件。</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <extracomment>The settings key of the key that seals attached files of an encrypted data file (see `sealed`).</extracomment>
        <translation>文件 {name} 不存在。</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {problem}.</source>
        <translation>无法读取文件 {name}：{problem}。</translation>
    </message>
    <message>
        <source>{name} is a folder; choose a file to attach.</source>
        <translation>{name} 是文件夹；请选择一个文件作为附件。</translation>
    </message>
    <message>
        <source>{name} is not a regular file and cannot be attached.</source>
        <translation>{name} 不是普通文件，不能作为附件。</translation>
    </message>
    <message>
        <source>The file {name} is too large to attach ({size}; at most {size2}).</source>
        <translation>文件 {name} 太大，不能作为附件（{size}；最多 {size2}）。</translation>
    </message>
    <message>
        <source>The file {name} could not be copied into {folder_name}: {problem}.</source>
        <translation>无法把文件 {name} 复制到 {folder_name}：{problem}。</translation>
    </message>
    <message>
        <source>{name} beside the data file is not a folder, so files cannot be attached; move it away and try again.</source>
        <translation>数据文件旁边的 {name} 不是文件夹，因此无法添加附件；请把它移走后再试。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {problem}.</source>
        <translation>无法创建文件夹 {folder}：{problem}。</translation>
    </message>
    <message>
        <source>The file {name} is too large to attach (more than {size}).</source>
        <translation>文件 {name} 太大，不能作为附件（超过 {size}）。</translation>
    </message>
    <message>
        <source>There is no attachment number {attachment_id}.</source>
        <translation>没有编号为 {attachment_id} 的附件。</translation>
    </message>
    <message>
        <source>The attachment {original_name} has an invalid stored name.</source>
        <translation>附件 {original_name} 的存储名称无效。</translation>
    </message>
    <message>
        <source>{original_name} is encrypted, but this file holds no key for it.</source>
        <translation>{original_name} 已加密，但这个文件里没有解开它的密钥。</translation>
    </message>
    <message>
        <source>{original_name} could not be opened: {problem}.</source>
        <translation>无法打开 {original_name}：{problem}。</translation>
    </message>
    <message>
        <source>{target_folder} already exists; choose another name for the copy.</source>
        <translation>{target_folder} 已存在；请为副本换一个名称。</translation>
    </message>
    <message>
        <source>Could not save a copy to {target}: {problem}; nothing was saved there.</source>
        <translation>无法把副本保存到 {target}：{problem}；那里没有保存任何内容。</translation>
    </message>
    <message>
        <source>There is no budget number {budget_id}.</source>
        <translation>没有编号为 {budget_id} 的预算。</translation>
    </message>
    <message>
        <source>There is no budget number {id}.</source>
        <translation>没有编号为 {id} 的预算。</translation>
    </message>
    <message>
        <source>The budget of {date}</source>
        <translation>{date}的预算</translation>
    </message>
    <message>
        <source>{what} was changed elsewhere (in another window or by a command) since it was shown here, so nothing was written.</source>
        <translation>{what}在这里显示之后已在别处（另一个窗口或命令行）被修改，因此没有写入任何内容。</translation>
    </message>
    <message>
        <source>{what} was removed elsewhere since it was shown here, so nothing was written.</source>
        <translation>{what}在这里显示之后已在别处被删除，因此没有写入任何内容。</translation>
    </message>
    <message>
        <source>{name} had been interrupted while saving a change; that unfinished change was undone, and everything saved before it is intact.</source>
        <extracomment>Files up to this size get the full `integrity_check` on open (≈25 ms for a 2 MB household); it also finds an index that disagrees with its table, which `quick_check` skips and which once showed a debt 198 days overdue instead of 45. Larger files get `quick_check`.</extracomment>
        <translation>{name} 上次保存修改时被中断；那次未完成的修改已撤销，之前保存的内容都完好无损。</translation>
    </message>
    <message>
        <source>Removed {count} leftovers of an interrupted import, copy or backup of {name}.</source>
        <translation>已清除 {name} 被中断的导入、复制或备份所留下的 {count} 个残留文件。</translation>
    </message>
    <message>
        <source>{name} was upgraded from format {version}; the file as it was is kept as {backup}.</source>
        <translation>{name} 已从格式 {version} 升级；升级前的文件保存为 {backup}。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a DebtDesk file.</source>
        <translation>{path} 是文件夹，不是 DebtDesk 文件。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>Cannot create {path}: the folder {parent} does not exist.</source>
        <translation>无法创建 {path}：文件夹 {parent} 不存在。</translation>
    </message>
    <message>
        <source>You do not have permission to read {path}; it was left untouched.</source>
        <translation>你没有读取 {path} 的权限；文件保持原样未动。</translation>
    </message>
    <message>
        <source>Cannot open {path}: {exc}.</source>
        <translation>无法打开 {path}：{exc}。</translation>
    </message>
    <message>
        <source>{name} is empty, not a DebtDesk file; it was left untouched.</source>
        <translation>{name} 是空文件，不是 DebtDesk 文件；文件保持原样未动。</translation>
    </message>
    <message>
        <source>{name} is an SQLite file, but not a DebtDesk file; it was left untouched.</source>
        <translation>{name} 是 SQLite 文件，但不是 DebtDesk 文件；文件保持原样未动。</translation>
    </message>
    <message>
        <source>{name} was written by a newer DebtDesk (format {version}; this one reads up to {schema_version}). It was left untouched: update DebtDesk to open it.</source>
        <translation>{name} 是由较新版本的 DebtDesk 写入的（格式 {version}；本版本最多只能读取格式 {schema_version}）。文件保持原样未动：请更新 DebtDesk 后再打开。</translation>
    </message>
    <message>
        <source>{name} is read-only, so it could not be brought up to date; it was left as it was.</source>
        <translation>{name} 是只读的，因此无法升级；文件保持原样。</translation>
    </message>
    <message>
        <source>{name} could not be brought up to date and was left as it was: {exc}.</source>
        <translation>{name} 无法升级，文件保持原样：{exc}。</translation>
    </message>
    <message>
        <source>{name} is not a DebtDesk file (or it is damaged): {exc}; it was left untouched.</source>
        <translation>{name} 不是 DebtDesk 文件（或已损坏）：{exc}；文件保持原样未动。</translation>
    </message>
    <message>
        <source>{name} was interrupted while saving a change and cannot be read until DebtDesk may write it to finish undoing that change; it was left untouched.</source>
        <translation>{name} 保存修改时被中断，必须允许 DebtDesk 写入它以撤销那次修改后才能读取；文件保持原样未动。</translation>
    </message>
    <message>
        <source>{name} needs upgrading from format {version}, but no backup of it could be kept first ({reason}); it was left as it was.</source>
        <translation>{name} 需要从格式 {version} 升级，但无法先为它保留备份（{reason}）；文件保持原样。</translation>
    </message>
    <message>
        <source>Contact number {id} cannot be read: {exc}.</source>
        <translation>无法读取编号为 {id} 的催收记录：{exc}。</translation>
    </message>
    <message>
        <source>There is no contact number {contact_id}.</source>
        <translation>没有编号为 {contact_id} 的催收记录。</translation>
    </message>
    <message>
        <source>Contact number {id} cannot be restored: the number is in use.</source>
        <translation>无法恢复编号为 {id} 的催收记录：该编号已被使用。</translation>
    </message>
    <message>
        <source>Contact number {id} cannot be restored: {exc}.</source>
        <translation>无法恢复编号为 {id} 的催收记录：{exc}。</translation>
    </message>
    <message>
        <source>The contact&apos;s attached files</source>
        <translation>这条催收记录的附件</translation>
    </message>
    <message>
        <source>There is no contact number {id}.</source>
        <translation>没有编号为 {id} 的催收记录。</translation>
    </message>
    <message>
        <source>Contact number {id} cannot be put back: {exc}.</source>
        <translation>无法放回编号为 {id} 的催收记录：{exc}。</translation>
    </message>
    <message>
        <source>The debts could not be read ({problem}).</source>
        <translation>无法读取债务（{problem}）。</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}, and {more} more problems); it was left untouched. Restore a backup, or rescue what is readable into a new file.</source>
        <translation>{name} 已损坏（{problem}，另有 {more} 处问题）；文件保持原样未动。请从备份恢复，或把仍可读取的内容抢救到新文件。</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}); it was left untouched. Restore a backup, or rescue what is readable into a new file.</source>
        <translation>{name} 已损坏（{problem}）；文件保持原样未动。请从备份恢复，或把仍可读取的内容抢救到新文件。</translation>
    </message>
    <message>
        <source>{name} is open in {holder}; close it there first (nothing was changed).</source>
        <translation>{name} 正在 {holder} 中打开；请先在那里关闭它（没有做任何更改）。</translation>
    </message>
    <message>
        <source>{name} cannot be read without a passphrase: it is encrypted, or it is not a DebtDesk file at all.</source>
        <translation>没有密码就无法读取 {name}：它已加密，或者根本不是 DebtDesk 文件。</translation>
    </message>
    <message>
        <source>That passphrase does not open {name}; nothing was changed. Check it and try again.</source>
        <translation>这个密码打不开 {name}；没有做任何更改。请检查密码后再试一次。</translation>
    </message>
    <message>
        <source>The hardship reasons</source>
        <translation>困难原因</translation>
    </message>
    <message>
        <source>There is no evidence item number {item_id}.</source>
        <translation>没有编号为 {item_id} 的证明材料。</translation>
    </message>
    <message>
        <source>There is no evidence item number {id}.</source>
        <translation>没有编号为 {id} 的证明材料。</translation>
    </message>
    <message>
        <source>The order of the evidence checklist</source>
        <translation>证明材料清单的顺序</translation>
    </message>
    <message>
        <source>The new order must list every evidence item once.</source>
        <translation>新的顺序必须把每项证明材料都列出一次。</translation>
    </message>
    <message>
        <source>SQLite found: {problem}</source>
        <translation>SQLite 发现：{problem}</translation>
    </message>
    <message>
        <source>{table} row {row} points at a missing row of {parent}.</source>
        <translation>{table} 的第 {row} 行指向 {parent} 中不存在的一行。</translation>
    </message>
    <message>
        <source>Attached file {name} is missing.</source>
        <translation>附件 {name} 缺失。</translation>
    </message>
    <message>
        <source>Attached file {name} is changed.</source>
        <translation>附件 {name} 在添加后已被更改。</translation>
    </message>
    <message>
        <source>SQLite could not read it: {problem}.</source>
        <translation>SQLite 无法读取：{problem}。</translation>
    </message>
    <message>
        <source>Could not read {name}: {exc}.</source>
        <translation>无法读取 {name}：{exc}。</translation>
    </message>
    <message>
        <source>{table}[{index}].{name}: holds {kind}, which cannot be exported.</source>
        <translation>{table}[{index}].{name}：含有{kind}，无法导出。</translation>
    </message>
    <message>
        <source>The export would overwrite the DebtDesk file it is made from; choose another name.</source>
        <translation>导出会覆盖作为来源的 DebtDesk 文件；请换一个名称。</translation>
    </message>
    <message>
        <source>Could not write {out_path}: {problem}.</source>
        <translation>无法写入 {out_path}：{problem}。</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>文件夹 {parent} 不存在。</translation>
    </message>
    <message>
        <source>{db_path} is a folder, not a DebtDesk file.</source>
        <translation>{db_path} 是文件夹，不是 DebtDesk 文件。</translation>
    </message>
    <message>
        <source>Could not write {db_path}: the folder cannot be written.</source>
        <translation>无法写入 {db_path}：该文件夹不可写。</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; {name} was left as it was.</source>
        <translation>{folder} 所在的磁盘已满；{name} 保持原样未动。</translation>
    </message>
    <message>
        <source>Could not write {name}: {exc}; it was left as it was.</source>
        <translation>无法写入 {name}：{exc}；文件保持原样。</translation>
    </message>
    <message>
        <source>Could not write {db_path}: {problem}.</source>
        <translation>无法写入 {db_path}：{problem}。</translation>
    </message>
    <message>
        <source>{name} was written by a newer DebtDesk; it was left untouched.</source>
        <translation>{name} 是由较新版本的 DebtDesk 写入的；文件保持原样未动。</translation>
    </message>
    <message>
        <source>{name} is not a DebtDesk file (or it is damaged); it was left untouched.</source>
        <translation>{name} 不是 DebtDesk 文件（或已损坏）；文件保持原样未动。</translation>
    </message>
    <message>
        <source>{name} already holds data; import into a new file.</source>
        <translation>{name} 中已有数据；请导入到新文件。</translation>
    </message>
    <message>
        <source>There is not enough free space in {folder} to import {name}: about {needed} MB needed, {free} MB free.</source>
        <translation>{folder} 的可用空间不足，无法导入 {name}：约需 {needed} MB，仅剩 {free} MB。</translation>
    </message>
    <message>
        <source>{name} appeared while importing; it was left untouched.</source>
        <translation>导入期间出现了 {name}；该文件保持原样未动。</translation>
    </message>
    <message>
        <source>{table}[{index}]: the database refused this row ({exc}).</source>
        <translation>{table}[{index}]：数据库拒绝了这一行（{exc}）。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a JSON file.</source>
        <translation>{path} 是文件夹，不是 JSON 文件。</translation>
    </message>
    <message>
        <source>Could not read {path}: {problem}.</source>
        <translation>无法读取 {path}：{problem}。</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (bad byte at position {start}).</source>
        <translation>{name} 不是 UTF-8 文本（位置 {start} 处有无效字节）。</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be an interchange file.</source>
        <translation>{name} 嵌套层级太深，不可能是交换文件。</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {lineno}, column {colno}: {msg}).</source>
        <translation>{name} 不是有效的 JSON（第 {lineno} 行第 {colno} 列：{msg}）。</translation>
    </message>
    <message>
        <source>{name} holds a value longer than {limit} characters; it is not an interchange file.</source>
        <translation>{name} 中有一个超过 {limit} 个字符的值，它不是交换文件。</translation>
    </message>
    <message>
        <source>{name} holds a number with far too many digits.</source>
        <translation>{name} 中有一个位数过多的数字。</translation>
    </message>
    <message>
        <source>The file holds {kind}, not a DebtDesk interchange document (a JSON object).</source>
        <translation>该文件包含的是{kind}，不是 DebtDesk 交换文档（一个 JSON 对象）。</translation>
    </message>
    <message>
        <source>{table}[{index}]: is longer than {limit} characters of JSON, far more than any row DebtDesk writes.</source>
        <translation>{table}[{index}]：长度超过 {limit} 个字符的 JSON，远远多于 DebtDesk 写出的任何一行。</translation>
    </message>
    <message>
        <source>This is not a DebtDesk interchange file: &quot;format&quot; must be &quot;{format_name}&quot;.</source>
        <translation>这不是 DebtDesk 交换文件：“format”必须是“{format_name}”。</translation>
    </message>
    <message>
        <source>The file was made by a newer DebtDesk (interchange version {version}; this one reads up to {format_version}): update DebtDesk to import it.</source>
        <translation>该文件由较新版本的 DebtDesk 生成（交换格式版本 {version}；本版本最多只能读取 {format_version}）：请更新 DebtDesk 后再导入。</translation>
    </message>
    <message>
        <source>The file was made by a newer DebtDesk (schema version {schema_version}; this one reads up to {schema_version2}): update DebtDesk to import it.</source>
        <translation>该文件由较新版本的 DebtDesk 生成（数据结构版本 {schema_version}；本版本最多只能读取 {schema_version2}）：请更新 DebtDesk 后再导入。</translation>
    </message>
    <message>
        <source>Unknown top-level key {key!r}: a version {format_version} file has only {known}.</source>
        <translation>未知的顶层键 {key!r}：版本 {format_version} 的文件只有 {known}。</translation>
    </message>
    <message>
        <source>&quot;tables&quot; must be an object mapping table names to lists of rows, not {kind}.</source>
        <translation>“tables”必须是把表名对应到行列表的对象，而不是{kind}。</translation>
    </message>
    <message>
        <source>tables: unknown table {name!r}; this DebtDesk knows {known}.</source>
        <translation>tables：未知的表 {name!r}；本版本 DebtDesk 认识的表有 {known}。</translation>
    </message>
    <message>
        <source>tables.{name}: must be a list of rows, not {kind}.</source>
        <translation>tables.{name}：必须是行的列表，而不是{kind}。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number of 1 or more, not {kind}.</source>
        <translation>“{key}”必须是大于或等于 1 的整数，而不是{kind}。</translation>
    </message>
    <message>
        <source>{where}: must be an object (one row), not {kind}.</source>
        <translation>{where}：必须是一个对象（一行），而不是{kind}。</translation>
    </message>
    <message>
        <source>{where}: unknown column {name!r}.</source>
        <translation>{where}：未知的列 {name!r}。</translation>
    </message>
    <message>
        <source>{where}: the required column {name!r} is missing.</source>
        <translation>{where}：缺少必需的列 {name!r}。</translation>
    </message>
    <message>
        <source>{where}.{name}: {problem}.</source>
        <translation>{where}.{name}：{problem}。</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>不能为 null</translation>
    </message>
    <message>
        <source>is too large a number</source>
        <translation>数字过大</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>必须是正整数</translation>
    </message>
    <message>
        <source>must not contain the NUL character</source>
        <translation>不能包含 NUL 字符</translation>
    </message>
    <message>
        <source>contains a lone surrogate (such as \ud800), which is not text</source>
        <translation>含有孤立的代理码位（例如 \ud800），不是文本</translation>
    </message>
    <message>
        <source>must be a whole number of cents (a JSON integer), not {kind}</source>
        <translation>必须是以分为单位的整数（JSON 整数），而不是{kind}</translation>
    </message>
    <message>
        <source>must be a whole number (a JSON integer), not {kind}</source>
        <translation>必须是整数（JSON 整数），而不是{kind}</translation>
    </message>
    <message>
        <source>must be text (a JSON string), not {kind}</source>
        <translation>必须是文本（JSON 字符串），而不是{kind}</translation>
    </message>
    <message>
        <source>is too long: {length} characters, at most {limit}</source>
        <translation>过长：{length} 个字符，最多 {limit} 个</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the value {value}</source>
        <translation>值 {value}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>the decimal number {number!r}</source>
        <translation>小数 {number!r}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>{where}.{key}: {value!r} is used twice (also by {table}[{value2}]).</source>
        <translation>{where}.{key}：{value!r} 被使用了两次（{table}[{value2}] 也在用）。</translation>
    </message>
    <message>
        <source>The file contains {name}, which is not a number JSON allows.</source>
        <translation>该文件包含 {name}，这不是 JSON 允许的数字。</translation>
    </message>
    <message>
        <source>The key {key!r} appears twice in one JSON object.</source>
        <translation>键 {key!r} 在同一个 JSON 对象中出现了两次。</translation>
    </message>
    <message>
        <source>{table}[{index}].{name}: points to {target} id {value}, which is not in the file.</source>
        <translation>{table}[{index}].{name}：指向 {target} 中编号为 {value} 的记录，但文件中没有它。</translation>
    </message>
    <message>
        <source>lenders[{index}].name: {name!r} is used twice (also by lenders[{value}]).</source>
        <translation>lenders[{index}].name：{name!r} 被使用了两次（lenders[{value}] 也在用）。</translation>
    </message>
    <message>
        <source>{where}.rate: above 1000% a year; check the rate and whether it is annual or daily.</source>
        <translation>{where}.rate：年利率超过 1000%；请检查利率，以及它是年利率还是日利率。</translation>
    </message>
    <message>
        <source>{where}.upfront_fee_minor: must be less than principal_minor.</source>
        <translation>{where}.upfront_fee_minor：必须小于 principal_minor。</translation>
    </message>
    <message>
        <source>payments[{index}].paid_on: {paid_on} is before the start date of debt {debt_id} ({value}).</source>
        <translation>payments[{index}].paid_on：{paid_on} 早于债务 {debt_id} 的起始日期（{value}）。</translation>
    </message>
    <message>
        <source>{where}.{field}: {message}</source>
        <translation>{where}.{field}：{message}</translation>
    </message>
    <message>
        <source>{value!r} is not one of: {allowed}</source>
        <translation>{value!r} 不是以下值之一：{allowed}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <source>must be between {low} and {high} days</source>
        <translation>必须在 {low} 到 {high} 天之间</translation>
    </message>
    <message>
        <source>must be between {low} and {high} months</source>
        <translation>必须在 {low} 到 {high} 个月之间</translation>
    </message>
    <message>
        <source>must be between {low} and {high} bytes</source>
        <translation>必须在 {low} 到 {high} 字节之间</translation>
    </message>
    <message>
        <source>must be between {low} and {high} (or null)</source>
        <translation>必须在 {low} 到 {high} 之间（或为 null）</translation>
    </message>
    <message>
        <source>must be a positive whole number of cents</source>
        <translation>必须是以分为单位的正整数</translation>
    </message>
    <message>
        <source>must be a whole number of cents, 0 or more</source>
        <translation>必须是以分为单位、大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>must be at most {most} cents</source>
        <translation>最多为 {most} 分</translation>
    </message>
    <message>
        <source>{value!r} is not a decimal number written as text (such as &quot;0.049&quot;)</source>
        <translation>{value!r} 不是以文本形式写出的小数（例如 &quot;0.049&quot;）</translation>
    </message>
    <message>
        <source>must be above {low} and at most {high}</source>
        <translation>必须大于 {low} 且不超过 {high}</translation>
    </message>
    <message>
        <source>must be at least {low} and at most {high}</source>
        <translation>必须大于或等于 {low} 且不超过 {high}</translation>
    </message>
    <message>
        <source>{value!r} is not {what}</source>
        <translation>{value!r} 不是{what}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>{value!r} is not a date in the form YYYY-MM-DD</source>
        <translation>{value!r} 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time in the form YYYY-MM-DD HH:MM</source>
        <translation>{value!r} 不是 YYYY-MM-DD HH:MM 格式的日期和时间</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time in the form YYYY-MM-DDTHH:MM:SS</source>
        <translation>{value!r} 不是 YYYY-MM-DDTHH:MM:SS 格式的日期和时间</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>not valid proposal options ({exc})</source>
        <translation>不是有效的方案选项（{exc}）</translation>
    </message>
    <message>
        <source>not valid agreement terms ({exc})</source>
        <translation>不是有效的协议条款（{exc}）</translation>
    </message>
    <message>
        <source>a three-letter currency code in capitals, such as CNY</source>
        <translation>由三个大写字母组成的货币代码（例如 CNY）</translation>
    </message>
    <message>
        <source>a SHA-256 checksum (64 lower-case hex digits)</source>
        <translation>SHA-256 校验值（64 位小写十六进制数字）</translation>
    </message>
    <message>
        <source>{value!r} is not a stored file name</source>
        <translation>{value!r} 不是有效的存储文件名</translation>
    </message>
    <message>
        <source>a payment</source>
        <translation>还款记录</translation>
    </message>
    <message>
        <source>a debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>an agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>a legal event</source>
        <translation>法律程序事件</translation>
    </message>
    <message>
        <source>{where}: cannot be read as {what} ({exc}).</source>
        <translation>{where}：无法读取为{what}（{exc}）。</translation>
    </message>
    <message>
        <source>There is no letter number {letter_id} in the history.</source>
        <translation>历史记录中没有编号为 {letter_id} 的信函。</translation>
    </message>
    <message>
        <source>Letter number {id} cannot be put back: the number is in use.</source>
        <translation>无法放回编号为 {id} 的信函：该编号已被使用。</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <extracomment>Tables whose rows keep living without the debt they pointed at (ON DELETE SET NULL). Tables whose rows go with the debt (ON DELETE CASCADE) besides payments and proposals.</extracomment>
        <translation>{path} 已存在；请换一个新的文件名。</translation>
    </message>
    <message>
        <source>A copy cannot replace the file it is made from.</source>
        <translation>副本不能替换作为来源的文件。</translation>
    </message>
    <message>
        <source>Could not save a copy to {target}: the folder cannot be written.</source>
        <translation>无法把副本保存到 {target}：该文件夹不可写。</translation>
    </message>
    <message>
        <source>Could not save a copy to {target}: {reason}; nothing was saved there.</source>
        <translation>无法把副本保存到 {target}：{reason}；那里没有保存任何内容。</translation>
    </message>
    <message>
        <source>The debt to {lender}</source>
        <translation>欠{lender}的债务</translation>
    </message>
    <message>
        <source>There is no debt number {id}.</source>
        <translation>没有编号为 {id} 的债务。</translation>
    </message>
    <message>
        <source>The lender {name}</source>
        <translation>债权人{name}</translation>
    </message>
    <message>
        <source>There is no payment number {id}.</source>
        <translation>没有编号为 {id} 的还款。</translation>
    </message>
    <message>
        <source>The payment</source>
        <translation>这笔还款</translation>
    </message>
    <message>
        <source>There is no payment number {payment_id}.</source>
        <translation>没有编号为 {payment_id} 的还款。</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name for the rescued data.</source>
        <translation>{target} 已存在；请为抢救出的数据换一个新的文件名。</translation>
    </message>
    <message>
        <source>The rescued data must go into a new file, not over the damaged one.</source>
        <translation>抢救出的数据必须存入新文件，不能覆盖已损坏的文件。</translation>
    </message>
    <message>
        <source>{damaged} is a folder, not a DebtDesk file.</source>
        <translation>{damaged} 是文件夹，不是 DebtDesk 文件。</translation>
    </message>
    <message>
        <source>The file {damaged} does not exist.</source>
        <translation>文件 {damaged} 不存在。</translation>
    </message>
    <message>
        <source>{name} cannot be read at all ({exc}).</source>
        <translation>{name} 完全无法读取（{exc}）。</translation>
    </message>
    <message>
        <source>The folder {parent} cannot be written.</source>
        <translation>文件夹 {parent} 不可写。</translation>
    </message>
    <message>
        <source>{name} appeared while rescuing; it was left untouched.</source>
        <translation>抢救期间出现了 {name}；该文件保持原样未动。</translation>
    </message>
    <message>
        <source>Could not write {name} ({reason}); {damaged_name} was left untouched.</source>
        <translation>无法写入 {name}（{reason}）；{damaged_name} 保持原样未动。</translation>
    </message>
    <message>
        <source>{name} is damaged beyond rescue ({exc}): not even its list of tables can be read. Restore a backup instead.</source>
        <translation>{name} 损坏严重，无法抢救（{exc}）：连它的表清单都读不出来。请改为从备份恢复。</translation>
    </message>
    <message>
        <source>{name} is not a DebtDesk file (or is empty); there is nothing to rescue.</source>
        <translation>{name} 不是 DebtDesk 文件（或是空文件）；没有可抢救的内容。</translation>
    </message>
    <message>
        <source>{name} was written by a newer DebtDesk; update DebtDesk to open it.</source>
        <translation>{name} 是由较新版本的 DebtDesk 写入的；请更新 DebtDesk 后再打开。</translation>
    </message>
    <message>
        <source>The backup {backup} does not exist.</source>
        <translation>备份 {backup} 不存在。</translation>
    </message>
    <message>
        <source>{name} is not a DebtDesk backup; nothing was restored.</source>
        <translation>{name} 不是 DebtDesk 备份；没有恢复任何内容。</translation>
    </message>
    <message>
        <source>{name} was written by a newer DebtDesk; nothing was restored.</source>
        <translation>{name} 是由较新版本的 DebtDesk 写入的；没有恢复任何内容。</translation>
    </message>
    <message>
        <source>{name} cannot be read as a DebtDesk backup ({exc}); nothing was restored.</source>
        <translation>{name} 无法作为 DebtDesk 备份读取（{exc}）；没有恢复任何内容。</translation>
    </message>
    <message>
        <source>{name} is damaged itself ({value}); nothing was restored.</source>
        <translation>{name} 本身已损坏（{value}）；没有恢复任何内容。</translation>
    </message>
    <message>
        <source>A file cannot be restored from itself.</source>
        <translation>文件不能从它自己恢复。</translation>
    </message>
    <message>
        <source>The folder of {name} cannot be written, so nothing was restored.</source>
        <translation>{name} 所在的文件夹不可写，因此没有恢复任何内容。</translation>
    </message>
    <message>
        <source>Could not restore {name} from {backup_name} ({reason}); the file was left as it was.</source>
        <translation>无法从 {backup_name} 恢复 {name}（{reason}）；文件保持原样。</translation>
    </message>
    <message>
        <source>{name} is open read-only, so it cannot be restored here.</source>
        <translation>{name} 以只读方式打开，无法在这里恢复。</translation>
    </message>
    <message>
        <source>{db_path} is a folder, not a DebtDesk file; nothing was restored.</source>
        <translation>{db_path} 是文件夹，不是 DebtDesk 文件；没有恢复任何内容。</translation>
    </message>
    <message>
        <source>{name} is read-only or cannot be read; nothing was restored.</source>
        <translation>{name} 是只读的或无法读取；没有恢复任何内容。</translation>
    </message>
    <message>
        <source>{name} is not a DebtDesk file; nothing was restored over it.</source>
        <translation>{name} 不是 DebtDesk 文件；没有用备份覆盖它。</translation>
    </message>
    <message>
        <source>{name} was written by a newer DebtDesk; nothing was restored over it.</source>
        <translation>{name} 是由较新版本的 DebtDesk 写入的；没有用备份覆盖它。</translation>
    </message>
    <message>
        <source>No copy of {name} could be kept before restoring ({problem}); nothing was restored.</source>
        <translation>恢复前无法为 {name} 保留副本（{problem}）；没有恢复任何内容。</translation>
    </message>
    <message>
        <source>This DebtDesk cannot open encrypted files: its sqlcipher3 module is missing; reinstall DebtDesk.</source>
        <extracomment>How long a writer waits for another connection&apos;s transaction (milliseconds). The first 16 bytes of every plain SQLite file. The folder beside a data file that holds its backups (see `backups`).</extracomment>
        <translation>这个 DebtDesk 无法打开加密文件：缺少 sqlcipher3 模块；请重新安装 DebtDesk。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {count} characters.</source>
        <extracomment>The shortest passphrase accepted: SQLCipher stretches it (256,000 rounds of PBKDF2), but a very short one can still be guessed.</extracomment>
        <translation>密码太短：至少要 {count} 个字符。</translation>
    </message>
    <message>
        <source>The passphrase cannot contain a NUL character.</source>
        <translation>密码中不能包含 NUL 字符。</translation>
    </message>
    <message>
        <source>{name} cannot be changed: its folder cannot be written.</source>
        <translation>无法更改 {name}：它所在的文件夹无法写入。</translation>
    </message>
    <message>
        <source>{name} is not a DebtDesk file; it was left untouched.</source>
        <translation>{name} 不是 DebtDesk 文件；已保持原样，未做改动。</translation>
    </message>
    <message>
        <source>{name} could not be rewritten ({problem}); it was left as it was.</source>
        <translation>无法重写 {name}（{problem}）；已保持原样。</translation>
    </message>
    <message>
        <source>The converted copy of {name} is missing rows; {name} was left as it was.</source>
        <translation>{name} 转换后的副本缺少数据行；{name} 已保持原样。</translation>
    </message>
    <message>
        <source>The converted copy of {name} failed its check ({problem}); {name} was left as it was.</source>
        <translation>{name} 转换后的副本未通过检查（{problem}）；{name} 已保持原样。</translation>
    </message>
    <message>
        <source>{file} in {folder}: {problem}</source>
        <translation>{folder} 中的 {file}：{problem}</translation>
    </message>
    <message>
        <source>{file} in {folder} could not be converted ({problem}); run the command again to finish.</source>
        <translation>无法转换 {folder} 中的 {file}（{problem}）；请再运行一次这条命令来完成。</translation>
    </message>
    <message>
        <source>The backup {name} could not be converted ({problem}); run the command again to finish.</source>
        <translation>无法转换备份 {name}（{problem}）；请再运行一次这条命令来完成。</translation>
    </message>
    <message>
        <source>Contact number {id} cannot be read: {channel!r} is not a channel this version of DebtDesk knows.</source>
        <extracomment>Tables derived from `contacts` and `settings`: rebuilt from them, never exported. Above this many marked days one pass over every contact is quicker than a query per day. The trigram index finds substrings of at least this many characters.</extracomment>
        <translation>无法读取编号为 {id} 的催收记录：{channel!r} 不是此版本 DebtDesk 认识的联系方式。</translation>
    </message>
    <message>
        <source>Contact number {id} cannot be read: {at!r} is not a time.</source>
        <translation>无法读取编号为 {id} 的催收记录：{at!r} 不是时间。</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>此处应为分隔符 &apos;,&apos;</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>此处应为分隔符 &apos;:&apos;</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>此处应为用双引号括起的属性名</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>文档结束后还有多余内容</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>此处应为一个值</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>字符串从此处开始但没有结束</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>此处有无效的控制字符</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>无效的 \ 转义</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>无效的 \uXXXX 转义</translation>
    </message>
    <message>
        <source>Expecting {bracket}</source>
        <translation>此处应为 {bracket}</translation>
    </message>
</context>
<context>
    <name>TermsForm</name>
    <message>
        <source>e.g. 12000.00</source>
        <translation>例如 12000.00</translation>
    </message>
    <message>
        <source>months, e.g. 12</source>
        <translation>月数，例如 12</translation>
    </message>
    <message>
        <source>paid first, e.g. 1000.00</source>
        <translation>先付，例如 1000.00</translation>
    </message>
    <message>
        <source>months with nothing to pay</source>
        <translation>无需还款的月数</translation>
    </message>
    <message>
        <source>a fixed monthly amount</source>
        <translation>每月固定金额</translation>
    </message>
    <message>
        <source>for this many months</source>
        <translation>持续的月数</translation>
    </message>
    <message>
        <source>one payment that settles everything</source>
        <translation>一次还清全部欠款的金额</translation>
    </message>
    <message>
        <source>percent a year; empty: no interest</source>
        <translation>年利率%；留空：不计息</translation>
    </message>
    <message>
        <source>days a payment may be late</source>
        <translation>还款可以晚几天</translation>
    </message>
    <message>
        <source>Agreed balance</source>
        <translation>约定的欠款余额</translation>
    </message>
    <message>
        <source>First payment due</source>
        <translation>第一期还款日</translation>
    </message>
    <message>
        <source>Equal instalments over</source>
        <translation>等额分期，共</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>首付款</translation>
    </message>
    <message>
        <source>Pause first (months)</source>
        <translation>先暂停还款（月）</translation>
    </message>
    <message>
        <source>Lower monthly payment</source>
        <translation>降低后的每月还款额</translation>
    </message>
    <message>
        <source>… for (months)</source>
        <translation>……持续（月）</translation>
    </message>
    <message>
        <source>Or a one-off settlement</source>
        <translation>或一次性结清</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Grace (days)</source>
        <translation>宽限期（天）</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Overdue stages</source>
        <translation>逾期阶段</translation>
    </message>
    <message>
        <source>Every lender (the default)</source>
        <translation>所有债权人（默认）</translation>
    </message>
    <message>
        <source>This lender has its own thresholds</source>
        <translation>这家债权人使用自己的天数</translation>
    </message>
    <message>
        <source> days past due</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The day each stage begins. Stages decide the guidance and the dates on the timeline.</source>
        <translation>每个阶段开始的那一天（逾期天数）。阶段决定显示的建议和时间线上的日期。</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Early overdue from</source>
        <translation>逾期初期起始于逾期第</translation>
    </message>
    <message>
        <source>Mid overdue from</source>
        <translation>逾期中期起始于逾期第</translation>
    </message>
    <message>
        <source>Late overdue from</source>
        <translation>逾期后期起始于逾期第</translation>
    </message>
    <message>
        <source>Severe from</source>
        <translation>严重逾期起始于逾期第</translation>
    </message>
    <message>
        <source>⚠ Each stage must begin later than the one before it.</source>
        <translation>⚠ 每个阶段都必须晚于前一个阶段开始。</translation>
    </message>
    <message>
        <source>Change overdue stages</source>
        <translation>修改逾期阶段</translation>
    </message>
    <message>
        <source>The overdue stages</source>
        <translation>逾期阶段</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Instalment paid</source>
        <translation>已还一期</translation>
    </message>
    <message>
        <source>Instalment missed</source>
        <translation>漏还一期</translation>
    </message>
    <message>
        <source>Instalment part paid</source>
        <translation>部分还款一期</translation>
    </message>
    <message>
        <source>Instalment due</source>
        <translation>一期到期</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>还款</translation>
    </message>
    <message>
        <source>Collector contact</source>
        <translation>催收</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>信函寄出</translation>
    </message>
    <message>
        <source>Stage change (projected)</source>
        <translation>阶段变化（预计）</translation>
    </message>
    <message>
        <source>Agreement in force</source>
        <translation>协议生效</translation>
    </message>
    <message>
        <source>Agreement broken</source>
        <translation>协议违约</translation>
    </message>
    <message>
        <source>Court deadline</source>
        <translation>法院期限</translation>
    </message>
    <message>
        <source>Limitation period ends</source>
        <translation>诉讼时效届满</translation>
    </message>
    <message>
        <source>Contact with a red flag</source>
        <translation>有警示的催收</translation>
    </message>
    <message>
        <source>Enters {stage} (projected)</source>
        <translation>进入{stage}（预计）</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>部分已还</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未还</translation>
    </message>
    <message>
        <source>Due (to come)</source>
        <translation>到期（未来）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>催收</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Stage change if nothing is paid</source>
        <translation>如果不还款的阶段变化</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Deadline or limitation</source>
        <translation>期限或时效</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>No lender</source>
        <translation>无债权人</translation>
    </message>
    <message>
        <source>Penalties and fees by then: {amount}</source>
        <translation>届时的罚息及费用：{amount}</translation>
    </message>
    <message>
        <source>{n} events from {first} to {last}; zoom in to see each.</source>
        <translation>{first} 至 {last} 共有 {n} 项记录；放大即可逐项查看。</translation>
    </message>
    <message>
        <source>{stage} · {amount}</source>
        <translation>{stage} · {amount}</translation>
    </message>
    <message>
        <source>Contacts without a lender</source>
        <translation>未关联债权人的催收</translation>
    </message>
    <message>
        <source>Nothing on the time line yet: add a debt to see its instalments, payments and stage changes.</source>
        <translation>时间线上还没有内容：添加一笔债务，即可看到它的各期还款、实际还款和阶段变化。</translation>
    </message>
    <message>
        <source>Today {date}</source>
        <translation>今天 {date}</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>{n}天后</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n}天前</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Right of today&apos;s line: what happens if nothing more is paid.</source>
        <translation>今天这条线右侧：如果不再还款会发生什么。</translation>
    </message>
    <message>
        <source>Drag, or Shift+wheel, to move through time; Ctrl+wheel zooms.</source>
        <translation>拖动或按住 Shift 滚动滚轮可以在时间上移动；Ctrl+滚轮可以缩放。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>All debts</source>
        <translation>所有债务</translation>
    </message>
    <message>
        <source>Working out where {n} debts stand…</source>
        <translation>正在计算 {n} 笔债务的状况…</translation>
    </message>
    <message>
        <source>Click a marker to see what happened, or what will happen if nothing more is paid.</source>
        <translation>点击一个标记，查看发生了什么，或者如果不再还款会发生什么。</translation>
    </message>
    <message>
        <source>Date: {date} ({when})</source>
        <translation>日期：{date}（{when}）</translation>
    </message>
    <message>
        <source>Lender: {lender}</source>
        <translation>债权人：{lender}</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>阶段：{stage}</translation>
    </message>
    <message>
        <source>Days past due by then: {days}</source>
        <translation>届时逾期天数：{days}</translation>
    </message>
    <message>
        <source>Penalty interest by then: {amount}</source>
        <translation>届时罚息：{amount}</translation>
    </message>
    <message>
        <source>Late fees by then: {amount}</source>
        <translation>届时违约金：{amount}</translation>
    </message>
    <message>
        <source>Penalties and fees by then: {amount}</source>
        <translation>届时罚息及费用：{amount}</translation>
    </message>
    <message>
        <source>More than today: +{amount}</source>
        <translation>比今天多：+{amount}</translation>
    </message>
    <message>
        <source>A projection from the terms you entered, if nothing more is paid; not the lender&apos;s statement.</source>
        <translation>根据您填写的条款、假设不再还款所作的预测，不是债权人的对账单。</translation>
    </message>
    <message>
        <source>When: {moment}</source>
        <translation>时间：{moment}</translation>
    </message>
    <message>
        <source>Channel: {channel}</source>
        <translation>方式：{channel}</translation>
    </message>
    <message>
        <source>Company: {value}</source>
        <translation>公司：{value}</translation>
    </message>
    <message>
        <source>Agent: {value}</source>
        <translation>催收员：{value}</translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation>电话：{value}</translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation>警示：</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>对方所说：</translation>
    </message>
    <message>
        <source>Promises made:</source>
        <translation>所作承诺：</translation>
    </message>
    <message>
        <source>Sent: {date} ({when})</source>
        <translation>寄出：{date}（{when}）</translation>
    </message>
    <message>
        <source>Complaint letter</source>
        <translation>投诉信</translation>
    </message>
    <message>
        <source>Negotiation letter</source>
        <translation>协商信</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation>收件人：{recipient}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>语言：{language}</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <source>SHA-256: {checksum}</source>
        <translation>SHA-256：{checksum}</translation>
    </message>
    <message>
        <source>Amount paid: {amount}</source>
        <translation>还款金额：{amount}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>Instalment number: {n}</source>
        <translation>期次：{n}</translation>
    </message>
    <message>
        <source>Amount due: {amount}</source>
        <translation>应还金额：{amount}</translation>
    </message>
    <message>
        <source>Of which principal {principal}, interest {interest}</source>
        <translation>其中本金{principal}，利息{interest}</translation>
    </message>
    <message>
        <source>Signed on {date}</source>
        <translation>{date}签署</translation>
    </message>
    <message>
        <source>Agreed total: {amount}</source>
        <translation>约定总额：{amount}</translation>
    </message>
    <message>
        <source>From this day the agreed instalments replace the contract&apos;s.</source>
        <translation>自这一天起，约定的分期取代合同的分期。</translation>
    </message>
    <message>
        <source>Instalment {n} due on {due}: {amount} missing when the grace ended.</source>
        <translation>第{n}期（{due}到期）：宽限期结束时仍差{amount}。</translation>
    </message>
    <message>
        <source>A broken agreement usually revives the whole original debt and its penalties.</source>
        <translation>协议违约通常会使整笔原债务及其罚息恢复。</translation>
    </message>
    <message>
        <source>Served on {date}</source>
        <translation>{date}送达</translation>
    </message>
    <message>
        <source>The date stated on the document.</source>
        <translation>文书上写明的日期。</translation>
    </message>
    <message>
        <source>Counted from the service date; the document&apos;s own date wins.</source>
        <translation>从送达日期起算；以文书上的日期为准。</translation>
    </message>
    <message>
        <source>Three years from {date}, for the oldest unpaid instalment.</source>
        <translation>从{date}起三年，按最早一期未还款项计算。</translation>
    </message>
    <message>
        <source>Started again on {date} by a payment or a written acknowledgement.</source>
        <translation>{date}因还款或书面确认债务而重新起算。</translation>
    </message>
    <message>
        <source>Counted from the last instalment (Civil Code art. 189): {date}.</source>
        <translation>从最后一期起算（《民法典》第189条）：{date}。</translation>
    </message>
    <message>
        <source>{stage} · {days} days past due</source>
        <translation>{stage} · 逾期{days}天</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Deadline · {n} days left</source>
        <translation>期限 · 还剩{n}天</translation>
    </message>
    <message>
        <source>Deadline · passed</source>
        <translation>期限 · 已过</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Must not be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>A rate is between 0% and 1000% a year.</source>
        <translation>年利率应在 0% 到 1000% 之间。</translation>
    </message>
    <message>
        <source>A day of the month is between 1 and 31.</source>
        <translation>每月的日期应在 1 到 31 之间。</translation>
    </message>
    <message>
        <source>Grace is between 0 and {max} days.</source>
        <translation>宽限期应在 0 到 {max} 天之间。</translation>
    </message>
    <message>
        <source>Listed payments cannot be combined with other terms.</source>
        <translation>逐笔列出的还款不能与其他条款同时使用。</translation>
    </message>
    <message>
        <source>Listed payments fall on different days, in order, from the first due date.</source>
        <translation>逐笔列出的还款应从第一期还款日起，按顺序落在不同的日期。</translation>
    </message>
    <message>
        <source>At least one payment must ask for money.</source>
        <translation>至少要有一笔还款金额大于零。</translation>
    </message>
    <message>
        <source>The down payment is more than the agreed balance.</source>
        <translation>首付款超过了约定的欠款余额。</translation>
    </message>
    <message>
        <source>The first agreed payment cannot fall before the agreement starts ({start}).</source>
        <translation>第一期约定还款不能早于协议生效日期（{start}）。</translation>
    </message>
    <message>
        <source>An agreement ends after it starts ({start}).</source>
        <translation>协议的结束日期应晚于生效日期（{start}）。</translation>
    </message>
    <message>
        <source>Unknown term {word!r}; use: {known}.</source>
        <translation>未知条款“{word}”；可用：{known}。</translation>
    </message>
    <message>
        <source>Give the agreed balance (balance=AMOUNT).</source>
        <translation>请提供约定的欠款余额（balance=金额）。</translation>
    </message>
    <message>
        <source>Enter the amount without a minus sign.</source>
        <translation>请填写金额，不要带负号。</translation>
    </message>
    <message>
        <source>{text!r} is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>“{text}”不是日期和时间（YYYY-MM-DD HH:MM）。</translation>
    </message>
    <message>
        <source>Must be after {first}.</source>
        <translation>必须晚于{first}。</translation>
    </message>
    <message>
        <source>In the future: record a contact once it has happened (now is {now}).</source>
        <translation>这是将来的时间：催收发生之后再记录（现在是{now}）。</translation>
    </message>
    <message>
        <source>Must be a single line of text, without control characters.</source>
        <translation>只能是一行文字，不能包含控制字符。</translation>
    </message>
    <message>
        <source>Contains a control character.</source>
        <translation>包含控制字符。</translation>
    </message>
    <message>
        <source>{text!r} is not a time of day (HH:MM).</source>
        <translation>“{text}”不是时间（HH:MM）。</translation>
    </message>
    <message>
        <source>Must be later than the start of the allowed hours.</source>
        <translation>必须晚于允许联系时段的开始时间。</translation>
    </message>
    <message>
        <source>The plan cannot start before {date}, the day it is worked out for.</source>
        <translation>方案的起始日期不能早于{date}，即计算方案的日期。</translation>
    </message>
    <message>
        <source>The settlement date {date} is before the plan starts ({start}).</source>
        <translation>结清日期{date}早于方案的起始日期（{start}）。</translation>
    </message>
    <message>
        <source>Add a budget in {currency} (or say how much is available each month) to share it between lenders.</source>
        <translation>请添加一份{currency}的预算（或说明每月可用的金额），才能在债权人之间分配。</translation>
    </message>
    <message>
        <source>Nothing is left each month to share between lenders once essentials and the debts paid first (priority debts, and any kept as contracted) are provided for.</source>
        <translation>扣除必要支出和优先保障的债务（优先债务以及按原合同继续还款的债务）之后，每月已没有可在债权人之间分配的钱。</translation>
    </message>
    <message>
        <source>An amount, not a percentage.</source>
        <translation>应为金额，而不是百分比。</translation>
    </message>
    <message>
        <source>A number, not an amount of money.</source>
        <translation>应为数字，而不是金额。</translation>
    </message>
    <message>
        <source>Write the number in digits: {text!r} is {digits}.</source>
        <translation>请用数字书写：“{text}”即 {digits}。</translation>
    </message>
    <message>
        <source>{text!r} could mean {whole} or {fraction}: write it without the separator, or with decimals.</source>
        <translation>“{text}”可能是 {whole}，也可能是 {fraction}：请去掉分隔符，或写出小数。</translation>
    </message>
    <message>
        <source>{text!r} is not clear: write decimals with &apos;{decimal}&apos;, as in {example}.</source>
        <translation>“{text}”不明确：小数请用“{decimal}”，例如 {example}。</translation>
    </message>
    <message>
        <source>These debts are in different currencies ({currencies}); make one payoff plan per currency.</source>
        <translation>这些债务的币种不同（{currencies}）；请每个币种各做一份还款计划。</translation>
    </message>
    <message>
        <source>The monthly amount must be more than 0, in cents at most.</source>
        <translation>每月金额必须大于 0，最多精确到分。</translation>
    </message>
    <message>
        <source>{amount} a month is less than the minimum payments of these debts together ({needed}); set at least that much, or ask the lenders for lower payments with a proposal.</source>
        <translation>每月 {amount} 低于这些债务的最低还款额之和（{needed}）；请至少设为这个数，或通过还款方案请债权人降低还款额。</translation>
    </message>
    <message>
        <source>{amount} a month does not clear these debts within {years} years; set a larger amount.</source>
        <translation>每月 {amount} 无法在 {years} 年内还清这些债务；请设一个更大的金额。</translation>
    </message>
    <message>
        <source>{amount} a month is less than the minimum payments in month {month}; set a larger amount.</source>
        <translation>每月 {amount} 低于第 {month} 个月的最低还款额之和；请设一个更大的金额。</translation>
    </message>
    <message>
        <source>{amount} a month does not cover the interest; the debt would never be repaid.</source>
        <translation>每月 {amount} 不够支付利息；这笔债务将永远还不清。</translation>
    </message>
    <message>
        <source>A deferral is between 0 and {max} months.</source>
        <translation>延期还款应在 0 到 {max} 个月之间。</translation>
    </message>
    <message>
        <source>A pause is between 0 and {max} months.</source>
        <translation>暂停还款应在 0 到 {max} 个月之间。</translation>
    </message>
    <message>
        <source>Instalments run over 1 to {max} months.</source>
        <translation>分期应在 1 到 {max} 个月之间。</translation>
    </message>
    <message>
        <source>Must be at least 0.01.</source>
        <translation>至少为 0.01。</translation>
    </message>
    <message>
        <source>Give a lower payment, for 1 to 120 months.</source>
        <translation>请填写降低后的还款额，持续 1 到 120 个月。</translation>
    </message>
    <message>
        <source>A settlement is more than 0% and at most 100%.</source>
        <translation>一次性结清的比例应大于 0%，且不超过 100%。</translation>
    </message>
    <message>
        <source>At most four decimal places.</source>
        <translation>最多四位小数。</translation>
    </message>
    <message>
        <source>A one-off settlement cannot be combined with instalments or a lower monthly payment.</source>
        <translation>一次性结清不能与分期或降低每月还款额同时使用。</translation>
    </message>
    <message>
        <source>A one-off settlement ends the debt: there is no interest left to freeze. Untick freeze-interest.</source>
        <translation>一次性结清即了结这笔债务：已没有利息可以停止计收。请取消勾选停止计息（freeze-interest）。</translation>
    </message>
    <message>
        <source>A settlement date needs a settlement (settlement=PERCENT).</source>
        <translation>结清日期需要配合一次性结清（settlement=百分比）。</translation>
    </message>
    <message>
        <source>Give either a settlement date or a deferral before the settlement, not both.</source>
        <translation>结清日期和结清前的延期还款只能二选一。</translation>
    </message>
    <message>
        <source>A pause cannot be combined with a one-off settlement.</source>
        <translation>暂停还款不能与一次性结清同时使用。</translation>
    </message>
    <message>
        <source>After a pause the original instalments resume; it cannot be combined with new instalments.</source>
        <translation>暂停还款后恢复原来的分期；不能与新的分期同时使用。</translation>
    </message>
    <message>
        <source>A pause cannot be combined with a lower monthly payment.</source>
        <translation>暂停还款不能与降低每月还款额同时使用。</translation>
    </message>
    <message>
        <source>A pause already defers payments; it cannot be combined with a deferral.</source>
        <translation>暂停还款本身就推迟了还款；不能与延期还款同时使用。</translation>
    </message>
    <message>
        <source>A pause already adds no interest; it cannot be combined with freeze-interest.</source>
        <translation>暂停还款期间本身不计息；不能与停止计息（freeze-interest）同时使用。</translation>
    </message>
    <message>
        <source>Say for how many months the lower payment runs before the instalments.</source>
        <translation>请说明降低后的还款额在分期开始前持续几个月。</translation>
    </message>
    <message>
        <source>Unknown option {word!r}; use one of: {known}.</source>
        <translation>未知选项“{word}”；可用：{known}。</translation>
    </message>
    <message>
        <source>Row {row}: {date} is listed twice.</source>
        <translation>第 {row} 行：{date} 重复出现。</translation>
    </message>
    <message>
        <source>List at least one LPR with the date it took effect.</source>
        <translation>请至少列出一个 LPR 及其生效日期。</translation>
    </message>
    <message>
        <source>{text!r} is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
    <message>
        <source>Row {row}: {text!r} is not a number.</source>
        <translation>第 {row} 行：“{text}”不是数字。</translation>
    </message>
    <message>
        <source>Must be above 0 and at most {maximum}.</source>
        <translation>必须大于 0，且不超过 {maximum}。</translation>
    </message>
    <message>
        <source>Row {row}: Must be above 0 and at most {maximum}.</source>
        <translation>第 {row} 行：必须大于 0，且不超过 {maximum}。</translation>
    </message>
    <message>
        <source>Row {row}: {text!r} is not a date (YYYY-MM-DD).</source>
        <translation>第 {row} 行：“{text}”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Row {row}: Must be between {first} and {last}.</source>
        <translation>第 {row} 行：必须在 {first} 和 {last} 之间。</translation>
    </message>
    <message>
        <source>Before the letter was exported ({date}).</source>
        <translation>早于信函导出的日期（{date}）。</translation>
    </message>
    <message>
        <source>In the future: mark a letter once it is sent (today is {date}).</source>
        <translation>这是将来的日期：信函寄出之后再标记（今天是{date}）。</translation>
    </message>
    <message>
        <source>Between 1 and 30 years.</source>
        <translation>应在 1 到 30 年之间。</translation>
    </message>
    <message>
        <source>Between 1 and 365 days.</source>
        <translation>应在 1 到 365 天之间。</translation>
    </message>
    <message>
        <source>The deadline cannot fall before the document was served.</source>
        <translation>期限不能早于文书送达的日期。</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>Too long: {length} characters, at most {limit}.</source>
        <translation>太长：{length} 个字符，最多 {limit} 个。</translation>
    </message>
    <message>
        <source>Unknown value {value!r}.</source>
        <translation>未知的值“{value}”。</translation>
    </message>
    <message>
        <source>Unknown value {value!r}: use yes or no.</source>
        <translation>未知的值“{value}”：请用 yes 或 no。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>必须是整数。</translation>
    </message>
    <message>
        <source>Must be greater than zero.</source>
        <translation>必须大于零。</translation>
    </message>
    <message>
        <source>Must be at least {minimum}.</source>
        <translation>至少为 {minimum}。</translation>
    </message>
    <message>
        <source>Must be at most {maximum}.</source>
        <translation>最多为 {maximum}。</translation>
    </message>
    <message>
        <source>At most two decimal places (cents).</source>
        <translation>最多两位小数（精确到分）。</translation>
    </message>
    <message>
        <source>{text!r} is not a date (YYYY-MM-DD).</source>
        <translation>“{text}”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Must be between {first} and {last}.</source>
        <translation>必须在 {first} 和 {last} 之间。</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as CNY, HKD or USD.</source>
        <translation>请使用三个字母的币种代码，例如 CNY、HKD 或 USD。</translation>
    </message>
    <message>
        <source>At most six decimal places.</source>
        <translation>最多六位小数。</translation>
    </message>
    <message>
        <source>Above 1000% a year: check the rate and whether it is annual or daily.</source>
        <translation>年利率超过 1000%：请检查利率，以及它是年利率还是日利率。</translation>
    </message>
    <message>
        <source>Must be less than the principal.</source>
        <translation>必须小于本金。</translation>
    </message>
    <message>
        <source>The start date is after the first recorded payment ({payment}).</source>
        <translation>起始日期晚于第一笔已记录的还款（{payment}）。</translation>
    </message>
    <message>
        <source>Before the debt&apos;s start date ({start}).</source>
        <translation>早于债务的起始日期（{start}）。</translation>
    </message>
    <message>
        <source>In the future: record a payment once it is made (today is {today}).</source>
        <translation>这是将来的日期：还款之后再记录（今天是{today}）。</translation>
    </message>
    <message>
        <source>The letter needs your name.</source>
        <translation>这封信函需要您的姓名。</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>子命令</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示这份帮助并退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需的参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须提供参数 %s 中的一个</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要提供一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能提供一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要提供一个值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要提供 %s 个值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要提供 %s 个值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已忽略显式给出的值 %r</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项字符串：%s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>模式为 %r 的参数“-”</translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation>.__call__() 未定义</translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation>子命令冲突：%s</translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation>子命令别名冲突：%s</translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>无法合并操作：有两个组都名为 %r</translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>位置参数不能使用“required”</translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>无效的选项字符串 %(option)r：必须以字符 %(prefix_chars)r 开头</translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation>像 %r 这样的选项必须提供 dest=</translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation>无效的 conflict_resolution 值：%r</translation>
    </message>
    <message>
        <source>conflicting option string: %s</source>
        <translation>选项字符串冲突：%s</translation>
    </message>
    <message>
        <source>conflicting option strings: %s</source>
        <translation>选项字符串冲突：%s</translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation>互斥的参数必须是可选参数</translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation>不能有多个子命令参数</translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation>%r 不可调用</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AgreementCommands</name>
    <message>
        <source>Record the reply to a letter</source>
        <translation>記錄債權人對信函的答覆</translation>
    </message>
    <message>
        <source>Record an agreement with {lender}</source>
        <translation>記錄與{lender}的協議</translation>
    </message>
    <message>
        <source>End an agreement</source>
        <translation>結束協議</translation>
    </message>
    <message>
        <source>Add a legal time limit</source>
        <translation>新增法律期限</translation>
    </message>
    <message>
        <source>Delete a legal time limit</source>
        <translation>刪除法律期限</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Record an agreement with {lender}</source>
        <translation>記錄與{lender}的協議</translation>
    </message>
    <message>
        <source>The proposal I sent, accepted</source>
        <translation>我寄出的方案，已被接受</translation>
    </message>
    <message>
        <source>Terms typed in (the lender&apos;s counter-offer)</source>
        <translation>手動填寫條款（債權人的還價）</translation>
    </message>
    <message>
        <source>Proposal of {date}</source>
        <translation>{date}的方案</translation>
    </message>
    <message>
        <source>Attach the signed agreement…</source>
        <translation>附上已簽署的協議…</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>協議內容</translation>
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
        <translation>簽署日期</translation>
    </message>
    <message>
        <source>Grace (days)</source>
        <translation>寬限期（天）</translation>
    </message>
    <message>
        <source>If a payment is missed</source>
        <translation>如果漏還一期</translation>
    </message>
    <message>
        <source>The agreement&apos;s own words</source>
        <translation>協議原文</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>簽署副本</translation>
    </message>
    <message>
        <source>Agreed terms</source>
        <translation>約定條款</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>還款額</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>還款後餘額</translation>
    </message>
    <message>
        <source>Show the agreed schedule</source>
        <translation>檢視約定的還款計畫</translation>
    </message>
    <message>
        <source>There is no saved proposal for this debt: type the terms.</source>
        <translation>這筆債務沒有已儲存的方案：請手動填寫條款。</translation>
    </message>
    <message>
        <source>{n} payments, {total} {currency} in all.</source>
        <translation>共{n}期，合計{total} {currency}。</translation>
    </message>
</context>
<context>
    <name>AgreementDialogs</name>
    <message>
        <source>No reply yet</source>
        <translation>尚未答覆</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation>還價</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>逾期未答覆</translation>
    </message>
    <message>
        <source>The whole original debt and its penalties are due again (the usual clause)</source>
        <translation>原債務全部本金及遲延利息重新到期（常見條款）</translation>
    </message>
    <message>
        <source>What is left of the agreed amount falls due at once</source>
        <translation>約定金額的剩餘部分立即到期</translation>
    </message>
    <message>
        <source>Something else (see the clause)</source>
        <translation>其他（見條款原文）</translation>
    </message>
    <message>
        <source>Statement of claim served (起诉状): time to file a defence</source>
        <translation>已收到起訴狀：答辯期限</translation>
    </message>
    <message>
        <source>Judgment served (判决书): time to appeal</source>
        <translation>已收到判決書：上訴期限</translation>
    </message>
    <message>
        <source>Ruling served (裁定书): time to appeal</source>
        <translation>已收到裁定書：上訴期限</translation>
    </message>
    <message>
        <source>I acknowledged the debt in writing</source>
        <translation>我曾書面確認這筆債務</translation>
    </message>
    <message>
        <source>The lender demanded payment in writing</source>
        <translation>債權人曾書面催款</translation>
    </message>
</context>
<context>
    <name>AgreementsScreen</name>
    <message>
        <source>Not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>等待答覆</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation>還價</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>逾期未答覆</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>已違約</translation>
    </message>
    <message>
        <source>Payment late, inside the grace</source>
        <translation>還款晚了，仍在寬限期內</translation>
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
        <translation>尚未開始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已結束</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已還</translation>
    </message>
    <message>
        <source>Paid after the grace</source>
        <translation>寬限期後才還</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>未還足</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未還</translation>
    </message>
    <message>
        <source>Late, inside the grace</source>
        <translation>晚了，仍在寬限期內</translation>
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
        <translation>起訴狀答辯</translation>
    </message>
    <message>
        <source>Appeal against a judgment</source>
        <translation>判決上訴</translation>
    </message>
    <message>
        <source>Appeal against a ruling</source>
        <translation>裁定上訴</translation>
    </message>
    <message>
        <source>Written acknowledgement</source>
        <translation>書面確認債務</translation>
    </message>
    <message>
        <source>Written demand</source>
        <translation>書面催款</translation>
    </message>
    <message>
        <source>Limitation period ends (oldest unpaid instalment)</source>
        <translation>訴訟時效屆滿（最早一期未還款項）</translation>
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
        <translation>{n}天後</translation>
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
        <translation>結果</translation>
    </message>
    <message>
        <source>Reply or wait until</source>
        <translation>答覆或等待至</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>債權人</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Agreed total</source>
        <translation>約定總額</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>履行情況</translation>
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
        <translation>還款額</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最後一天</translation>
    </message>
    <message>
        <source>Counting down</source>
        <translation>倒數計時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Record the reply…</source>
        <translation>記錄答覆…</translation>
    </message>
    <message>
        <source>Record an agreement…</source>
        <translation>記錄協議…</translation>
    </message>
    <message>
        <source>Letters and replies</source>
        <translation>信函與答覆</translation>
    </message>
    <message>
        <source>The lender ended it…</source>
        <translation>債權人已終止協議…</translation>
    </message>
    <message>
        <source>Open the signed copy</source>
        <translation>開啟簽署副本</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>Add a court document or acknowledgement…</source>
        <translation>新增法院文書或書面確認…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>The limitation period (诉讼时效) is three years from each due date, started again by a payment, a written acknowledgement or the lender&apos;s written demand; for a debt repaid in instalments the Civil Code counts from the last instalment. Court documents state their own deadline: enter it. </source>
        <translation>訴訟時效為三年，從每期到期日起算；還款、書面確認債務或債權人書面催款都會使時效重新起算；分期償還的同一筆債務，依《民法典》從最後一期到期日起算。法院文書上寫明的期限以文書為準：請把它填進來。</translation>
    </message>
    <message>
        <source>Legal time limits</source>
        <translation>法律期限</translation>
    </message>
    <message>
        <source>Remind me at login (adds a DebtDesk entry to the desktop&apos;s autostart)</source>
        <translation>登入時提醒我（在桌面的自動啟動項目中新增 DebtDesk）</translation>
    </message>
    <message>
        <source>Export payments to a calendar…</source>
        <translation>將還款時程匯出到行事曆…</translation>
    </message>
    <message>
        <source>No agreement yet. When a lender accepts your proposal or you accept theirs, record it here: its schedule then replaces the contract&apos;s.</source>
        <translation>還沒有協議。債權人接受了您的方案，或者您接受了對方的方案後，請在這裡記錄：之後將依協議的還款計畫取代合約的還款計畫。</translation>
    </message>
    <message>
        <source>This is general information, not legal advice.</source>
        <translation>以上為一般性資訊，不構成法律意見。</translation>
    </message>
    <message>
        <source>the lender can treat the whole original debt and its penalties as due again: as the contract stands today, {revived} at once, with penalty interest running on it again.</source>
        <translation>債權人可以要求原債務及其遲延利息全部重新到期：按合約目前的情況，須立即償還{revived}，並重新計收遲延利息。</translation>
    </message>
    <message>
        <source>what is left of the agreed amount, {remaining}, falls due at once.</source>
        <translation>約定金額的剩餘部分{remaining}須立即償還。</translation>
    </message>
    <message>
        <source>as the agreement says: {clause}</source>
        <translation>依協議約定：{clause}</translation>
    </message>
    <message>
        <source>The agreement&apos;s own words: {clause}</source>
        <translation>協議原文：{clause}</translation>
    </message>
    <message>
        <source>If a payment is missed after the grace, {clause}</source>
        <translation>寬限期過後仍漏還的，{clause}</translation>
    </message>
    <message>
        <source>Agreement broken since {date}: instalment {n} due on {due} was {amount} short when the grace ended.</source>
        <translation>協議自{date}起違約：第{n}期（{due}到期）在寬限期結束時仍差{amount}。</translation>
    </message>
    <message>
        <source>Agreement broken since {date}: instalment {n} due on {due} was not paid ({amount}) by the end of the grace.</source>
        <translation>協議自{date}起違約：第{n}期（{due}到期）在寬限期結束前未還（{amount}）。</translation>
    </message>
    <message>
        <source>What the agreement says happens next: {clause}
Call or write to the lender now, pay what is missing, and ask in writing to keep the agreement; keep every reply.</source>
        <translation>協議約定的後果：{clause}
請立即致電或寫信給債權人，補足欠款，並書面請求繼續履行協議；保留每一份答覆。</translation>
    </message>
    <message>
        <source>An agreed payment is late: pay {amount} by {date} to keep the agreement.</source>
        <translation>有一期約定還款逾期了：請在{date}前還{amount}，以保住協議。</translation>
    </message>
    <message>
        <source>On track: next payment {amount} on {date}.</source>
        <translation>正常履行：下一期{date}還{amount}。</translation>
    </message>
    <message>
        <source>In force from {date}.</source>
        <translation>自{date}起生效。</translation>
    </message>
    <message>
        <source>Every agreed payment is made.</source>
        <translation>約定的每一期都已還清。</translation>
    </message>
    <message>
        <source>Ended on {date}: the contract applies again.</source>
        <translation>已於{date}結束：重新適用原合約。</translation>
    </message>
    <message>
        <source>Before the agreement: the contract, {principal} {currency} over {months} months from {start}, due on day {day}.</source>
        <translation>協議之前：原合約，本金{principal} {currency}，共{months}個月，{start}起，每月{day}日還款。</translation>
    </message>
    <message>
        <source>Agreed on {signed}: {balance} {currency}, {n} payments from {first}, grace {grace} days.</source>
        <translation>{signed}簽署：{balance} {currency}，{first}起共{n}期，寬限期{grace}天。</translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation>記錄答覆</translation>
    </message>
    <message>
        <source>Choose a letter first. Letters are listed once exported from the Proposal or Letters page.</source>
        <translation>請先選擇一封信函。信函從「方案」頁或「信函」頁匯出後才會列在這裡。</translation>
    </message>
    <message>
        <source>Record an agreement</source>
        <translation>記錄協議</translation>
    </message>
    <message>
        <source>Choose the letter the lender answered first.</source>
        <translation>請先選擇債權人所答覆的那封信函。</translation>
    </message>
    <message>
        <source>End this agreement as of {date}? From then on the contract&apos;s schedule and penalties apply again, as when a lender revives the debt. You can undo this.</source>
        <translation>從{date}起結束這份協議？之後將重新適用原合約的還款計畫和遲延利息，就像債權人恢復原債務時一樣。此操作可以復原。</translation>
    </message>
    <message>
        <source>End the agreement</source>
        <translation>結束協議</translation>
    </message>
    <message>
        <source>End it</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>簽署副本</translation>
    </message>
    <message>
        <source>No signed copy is attached to this agreement.</source>
        <translation>這份協議沒有附上簽署副本。</translation>
    </message>
    <message>
        <source>DebtDesk reminders</source>
        <translation>DebtDesk 提醒</translation>
    </message>
    <message>
        <source>Payments due soon, late payments and deadlines, at login</source>
        <translation>登入時提醒即將到期的還款、逾期的還款和各項期限</translation>
    </message>
    <message>
        <source>Reminders at login</source>
        <translation>登入時提醒</translation>
    </message>
    <message>
        <source>The autostart entry could not be written: {problem}</source>
        <translation>無法寫入自動啟動項目：{problem}</translation>
    </message>
    <message>
        <source>Export payments to a calendar</source>
        <translation>將還款時程匯出到行事曆</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 檔案 (*.ics)</translation>
    </message>
    <message>
        <source>DebtDesk: payments and deadlines</source>
        <translation>DebtDesk：還款與期限</translation>
    </message>
    <message>
        <source>Pay {amount} {currency} to {lender}</source>
        <translation>向{lender}還款{amount} {currency}</translation>
    </message>
    <message>
        <source>Agreed instalment {number} (agreement of {signed})</source>
        <translation>約定的第{number}期（{signed}簽署的協議）</translation>
    </message>
    <message>
        <source>Instalment {number} of the contract</source>
        <translation>合約第{number}期</translation>
    </message>
    <message>
        <source>Already paid: {amount} {currency}</source>
        <translation>已還：{amount} {currency}</translation>
    </message>
    <message>
        <source>Tomorrow: pay {amount} {currency} to {lender}</source>
        <translation>明天：向{lender}還款{amount} {currency}</translation>
    </message>
    <message>
        <source>Court deadline: {title}</source>
        <translation>法院期限：{title}</translation>
    </message>
    <message>
        <source>The last day to act on the document served on {served}. Not legal advice: the document&apos;s own date wins.</source>
        <translation>對{served}送達的文書採取行動的最後一天。不構成法律意見：以文書上寫明的日期為準。</translation>
    </message>
    <message>
        <source>Tomorrow is the court deadline: {title}</source>
        <translation>明天是法院期限：{title}</translation>
    </message>
    <message>
        <source>file a defence to the claim</source>
        <translation>對起訴狀提交答辯狀</translation>
    </message>
    <message>
        <source>appeal the judgment</source>
        <translation>對判決提起上訴</translation>
    </message>
    <message>
        <source>appeal the ruling</source>
        <translation>對裁定提起上訴</translation>
    </message>
    <message>
        <source>{path} could not be written: {problem}</source>
        <translation>無法寫入{path}：{problem}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>DebtDesk is already running but does not answer; close it and try again.</source>
        <translation>DebtDesk 已在執行，但沒有回應；請關閉它後再試。</translation>
    </message>
</context>
<context>
    <name>AttachRow</name>
    <message>
        <source>Attach files</source>
        <translation>附加檔案</translation>
    </message>
</context>
<context>
    <name>BackgroundCheck</name>
    <message>
        <source>The file is damaged</source>
        <translation>檔案已損壞</translation>
    </message>
    <message>
        <source>SQLite&apos;s full check found damage in {name}: {problem}

DebtDesk has not changed it because of this. Go back to a backup (File ▸ Restore from backup), or copy everything still readable into a new file (File ▸ Check file…).</source>
        <translation>SQLite 的完整檢查發現 {name} 已損壞：{problem}

DebtDesk 因此沒有變更它。你可以還原到某個備份（檔案 ▸ 從備份還原），或把仍能讀取的內容複製到一個新檔案（檔案 ▸ 檢查檔案…）。</translation>
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
        <translation>手動建立</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升級前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>還原前</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>{debts} debts, {payments} payments, {contacts} contacts, {budgets} budgets</source>
        <translation>{debts}筆債務、{payments}筆還款、{contacts}筆催收紀錄、{budgets}份預算</translation>
    </message>
    <message>
        <source>{when} ({kind}): {contents}</source>
        <translation>{when}（{kind}）：{contents}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The file as it is now is kept as a backup too, so a restore can itself be undone.</source>
        <translation>請選擇要還原到的備份。檔案的目前狀態也會儲存為一份備份，所以還原操作本身也可以撤回。</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>這個檔案還沒有備份。</translation>
    </message>
</context>
<context>
    <name>BudgetHeaderDialog</name>
    <message>
        <source>Date of this budget</source>
        <translation>預算日期</translation>
    </message>
    <message>
        <source>Keep a new budget whenever your situation changes.</source>
        <translation>每當情況發生變化，就新增一份預算。</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>名稱（選填）</translation>
    </message>
    <message>
        <source>e.g. after losing my job</source>
        <translation>例如：失業之後</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
</context>
<context>
    <name>BudgetLabels</name>
    <message>
        <source>Wages and salary</source>
        <translation>薪資收入</translation>
    </message>
    <message>
        <source>Benefits and allowances</source>
        <translation>補助及救助金</translation>
    </message>
    <message>
        <source>Support from family</source>
        <translation>親屬資助</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Housing (rent, mortgage)</source>
        <translation>居住（房租、房貸）</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>餐飲食品</translation>
    </message>
    <message>
        <source>Utilities and phone</source>
        <translation>水電瓦斯及通訊</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>醫療</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>子女照顧</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保險</translation>
    </message>
    <message>
        <source>Other essential expense</source>
        <translation>其他必要支出</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每週</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>每兩週</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季</translation>
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
        <translation>新增收入</translation>
    </message>
    <message>
        <source>Add an essential expense</source>
        <translation>新增必要支出</translation>
    </message>
    <message>
        <source>Edit income</source>
        <translation>編輯收入</translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation>編輯支出</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>說明（選填）</translation>
    </message>
    <message>
        <source>e.g. part-time job</source>
        <translation>例如：兼職工作</translation>
    </message>
    <message>
        <source>e.g. rent for the flat</source>
        <translation>例如：房租</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>As you receive or pay it; choose how often below.</source>
        <translation>按實際收到或支付的金額填寫；下面選擇頻率。</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>頻率</translation>
    </message>
    <message>
        <source>That is {amount} a month.</source>
        <translation>相當於每月{amount}。</translation>
    </message>
</context>
<context>
    <name>BudgetScreen</name>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>頻率</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>折合每月</translation>
    </message>
    <message>
        <source>{amount} ({frequency}) as a monthly amount</source>
        <translation>{amount}（{frequency}）折合每月金額</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Start an empty budget for a new date</source>
        <translation>為新日期新增一份空白預算</translation>
    </message>
    <message>
        <source>Copy to a new date…</source>
        <translation>複製到新日期…</translation>
    </message>
    <message>
        <source>Your situation changed: start from this budget and adjust it</source>
        <translation>情況有變：以這份預算為基礎再作調整</translation>
    </message>
    <message>
        <source>Date and name…</source>
        <translation>日期和名稱…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Budget of</source>
        <translation>預算日期</translation>
    </message>
    <message>
        <source>No budget yet. Write down what comes in and what you must pay each month: creditors ask for it, and it shows what you can really offer. Click “New…” to start.</source>
        <translation>還沒有預算。請寫下每月的收入和必須支付的開支：債權人會要求看這些，它也能說明您實際能拿出多少錢還款。點選「新增…」開始。</translation>
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
        <translation>新增收入…</translation>
    </message>
    <message>
        <source>Add expense…</source>
        <translation>新增支出…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Show the budget as a chart, against what the debts ask each month</source>
        <translation>以圖表顯示預算，並與各筆債務每月應繳金額對照</translation>
    </message>
    <message>
        <source>Total {amount} a month</source>
        <translation>合計每月{amount}</translation>
    </message>
    <message>
        <source>Add what comes in each month and what you must pay to live.</source>
        <translation>請新增每月的收入和必要的生活開支。</translation>
    </message>
    <message>
        <source>Your essential expenses are {amount} a month more than your income. That is important to show your creditors honestly: right now you cannot pay them from income, so ask first for a pause (deferral) or a token payment, and look for help with the shortfall.</source>
        <translation>您每月的必要支出比收入多{amount}。如實向債權人說明這一點很重要：目前您無法用收入還款，所以請先申請暫停還款（延期還款）或象徵性還款，並為缺口尋求幫助。</translation>
    </message>
    <message>
        <source>Nothing is left for debts after essential expenses.</source>
        <translation>扣除必要支出後，已沒有餘錢可用於還債。</translation>
    </message>
    <message>
        <source>This is what you can offer all your creditors together each month, without going short on essentials.</source>
        <translation>這是您每月在不影響必要生活開支的前提下，能向所有債權人合計提供的還款金額。</translation>
    </message>
    <message>
        <source>New budget</source>
        <translation>新增預算</translation>
    </message>
    <message>
        <source>Copy budget to a new date</source>
        <translation>將預算複製到新日期</translation>
    </message>
    <message>
        <source>Date and name of this budget</source>
        <translation>這份預算的日期和名稱</translation>
    </message>
    <message>
        <source>Delete the budget of {date} and its {n} lines?
You can undo this with Edit ▸ Undo.</source>
        <translation>刪除{date}的預算及其{n}個條目？
可以透過「編輯 ▸ 復原」恢復。</translation>
    </message>
    <message>
        <source>Delete budget</source>
        <translation>刪除預算</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Add income</source>
        <translation>新增收入</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>新增支出</translation>
    </message>
    <message>
        <source>Edit income</source>
        <translation>編輯收入</translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation>編輯支出</translation>
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
        <translation>正在繪製圖表…</translation>
    </message>
    <message>
        <source>&amp;Copy the numbers</source>
        <translation>複製資料(&amp;C)</translation>
    </message>
    <message>
        <source>Copy every table beside the chart, tab-separated, to paste into a spreadsheet</source>
        <translation>把圖表旁的所有表格以 Tab 分隔複製，以便貼上到試算表中</translation>
    </message>
    <message>
        <source>Working out this chart…</source>
        <translation>正在計算這張圖表…</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>資料</translation>
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
        <translation>暫無資料：請先新增一筆債務，或開啟範例家庭。</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>金額（{currency}）</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>債權人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
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
        <translation>合計</translation>
    </message>
    <message>
        <source>Where the money goes: what is owed today</source>
        <translation>錢都欠在哪裡：今天的欠款</translation>
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
        <translation>遲延利息及費用</translation>
    </message>
    <message>
        <source>Nothing is owed on any debt.</source>
        <translation>所有債務均無欠款。</translation>
    </message>
    <message>
        <source>{kind} ({n} debts)</source>
        <translation>{kind}（{n} 筆）</translation>
    </message>
    <message>
        <source>{kind} (1 debt)</source>
        <translation>{kind}（1 筆）</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>餘額變化</translation>
    </message>
    <message>
        <source>Balance over time: {debt}</source>
        <translation>餘額變化：{debt}</translation>
    </message>
    <message>
        <source>Principal still owed</source>
        <translation>尚欠本金</translation>
    </message>
    <message>
        <source>paid so far</source>
        <translation>已還部分</translation>
    </message>
    <message>
        <source>projected under current terms</source>
        <translation>依現行條款預計</translation>
    </message>
    <message>
        <source>From</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>The cost of waiting: penalties and fees owed if nothing is paid</source>
        <translation>拖延的代價：若不還款，應付的遲延利息及費用</translation>
    </message>
    <message>
        <source>The cost of waiting: {debt}</source>
        <translation>拖延的代價：{debt}</translation>
    </message>
    <message>
        <source>Penalties and fees owed</source>
        <translation>應付遲延利息及費用</translation>
    </message>
    <message>
        <source>Household ({currency})</source>
        <translation>全家合計（{currency}）</translation>
    </message>
    <message>
        <source>Stage entered</source>
        <translation>進入階段</translation>
    </message>
    <message>
        <source>{debt} enters {stage} ({days} days past due)</source>
        <translation>{debt} 進入{stage}（逾期 {days} 天）</translation>
    </message>
    <message>
        <source>Nothing is overdue or due within a year: waiting costs nothing yet.</source>
        <translation>一年內沒有逾期或到期的款項：目前拖延不產生費用。</translation>
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
        <translation>可用於還款</translation>
    </message>
    <message>
        <source>Payments to debts</source>
        <translation>還款</translation>
    </message>
    <message>
        <source>More than is left</source>
        <translation>超出可用金額</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Payments each month against what is left</source>
        <translation>每月還款與可用金額</translation>
    </message>
    <message>
        <source>No budget yet: add income and essential spending on the Budget page.</source>
        <translation>尚無預算：請在「預算」頁填寫收入和必要支出。</translation>
    </message>
    <message>
        <source>Plans compared</source>
        <translation>方案比較</translation>
    </message>
    <message>
        <source>Paid each month</source>
        <translation>每月還款</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>共還</translation>
    </message>
    <message>
        <source>Interest and penalties</source>
        <translation>利息及遲延利息</translation>
    </message>
    <message>
        <source>Debt-free</source>
        <translation>還清日期</translation>
    </message>
    <message>
        <source>Saved against current terms</source>
        <translation>比現行條款節省</translation>
    </message>
    <message>
        <source>{amount} a month is less than the minimum payments together ({needed}): payoff strategies need at least that much.</source>
        <translation>每月 {amount} 低於各筆最低還款之和（{needed}）：還款策略至少需要這麼多。</translation>
    </message>
    <message>
        <source>Nothing is owed: there is no plan to compare.</source>
        <translation>沒有欠款，無需比較方案。</translation>
    </message>
    <message>
        <source>Current terms</source>
        <translation>現行條款</translation>
    </message>
    <message>
        <source>Avalanche (highest rate first)</source>
        <translation>雪崩法（先還利率最高的）</translation>
    </message>
    <message>
        <source>Snowball (smallest balance first)</source>
        <translation>雪球法（先還餘額最小的）</translation>
    </message>
    <message>
        <source>Fair share (pro rata)</source>
        <translation>依比例分配</translation>
    </message>
    <message>
        <source>Proposed plan</source>
        <translation>擬議方案</translation>
    </message>
    <message>
        <source>{strategy}: {amount} a month, debt-free {date}</source>
        <translation>{strategy}：每月 {amount}，{date} 還清</translation>
    </message>
    <message>
        <source>Balance by debt</source>
        <translation>各筆債務餘額</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>還款</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>{debt} cleared in month {month} ({date})</source>
        <translation>{debt} 於第 {month} 個月還清（{date}）</translation>
    </message>
    <message>
        <source>{n} other debts</source>
        <translation>其他 {n} 筆債務</translation>
    </message>
</context>
<context>
    <name>ChartsScreen</name>
    <message>
        <source>&amp;Debt:</source>
        <translation>債務(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>策略(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Each month:</source>
        <translation>每月金額(&amp;E)：</translation>
    </message>
    <message>
        <source>Where the money goes</source>
        <translation>錢都欠在哪裡</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>餘額變化</translation>
    </message>
    <message>
        <source>The cost of waiting</source>
        <translation>拖延的代價</translation>
    </message>
    <message>
        <source>The budget</source>
        <translation>收支預算</translation>
    </message>
    <message>
        <source>Plans compared</source>
        <translation>方案比較</translation>
    </message>
    <message>
        <source>Payoff plan</source>
        <translation>還款計畫</translation>
    </message>
    <message>
        <source>All debts</source>
        <translation>所有債務</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>例如 {amount}</translation>
    </message>
    <message>
        <source>Enter the monthly amount as a number, such as 9000.</source>
        <translation>請以數字填寫每月金額，例如 9000。</translation>
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
        <translation>{text!r} 超出了 DebtDesk 能計算的日期範圍（{first}至{last}）</translation>
    </message>
    <message>
        <source>{file} could not be read or written ({problem}); it was left as it was.</source>
        <translation>{file}無法讀取或寫入（{problem}）；檔案保持原樣。</translation>
    </message>
    <message>
        <source>{problem}{where}; nothing was changed.</source>
        <translation>{problem}{where}；沒有做任何更改。</translation>
    </message>
    <message>
        <source>{file} holds a value this DebtDesk cannot use ({problem}); it was left as it was.</source>
        <translation>{file}中有這個版本的 DebtDesk 無法使用的值（{problem}）；檔案保持原樣。</translation>
    </message>
    <message>
        <source>debtdesk {command}: note: {note}</source>
        <translation>debtdesk {command}：提示：{note}</translation>
    </message>
    <message>
        <source>The data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>--currency: use a three-letter currency code such as CNY, HKD or USD.</source>
        <translation>--currency：請使用三個字母的幣別代碼，例如 CNY、HKD 或 USD。</translation>
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
        <translation>--term：條款只能與 --outcome counter-offer 一起使用。</translation>
    </message>
    <message>
        <source>--term: give the counter-offer&apos;s terms (at least --term balance=AMOUNT).</source>
        <translation>--term：請提供還價的條款（至少要有 --term balance=金額）。</translation>
    </message>
    <message>
        <source>Letter {id}: {outcome}, answer awaited by {date}</source>
        <translation>信函 {id}：{outcome}，等候回覆至{date}</translation>
    </message>
    <message>
        <source>Letter {id}: {outcome}</source>
        <translation>信函 {id}：{outcome}</translation>
    </message>
    <message>
        <source>--grace: must be between 0 and 365 days.</source>
        <translation>--grace：必須介於 0 到 365 天之間。</translation>
    </message>
    <message>
        <source>give either --proposal ID or the terms with --term (not both).</source>
        <translation>請提供 --proposal 編號，或用 --term 提供條款（兩者只能擇一）。</translation>
    </message>
    <message>
        <source>--proposal: debt {debt} has no saved proposal number {proposal}.</source>
        <translation>--proposal：債務 {debt} 沒有編號為 {proposal} 的已儲存方案。</translation>
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
        <translation>債務 {debt} 的協議 {id}：自{first}起共 {count} 期還款，合計 {total}；自{start}起生效。</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>截至{date}</translation>
    </message>
    <message>
        <source>debt {id}</source>
        <translation>債務 {id}</translation>
    </message>
    <message>
        <source>#{id} {lender}: {standing}; paid {paid} of {total}, from {start}</source>
        <translation>#{id} {lender}：{standing}；已還 {paid}／共 {total}，自{start}起</translation>
    </message>
    <message>
        <source>broken on {date} (instalment {number}, {shortfall} missing)</source>
        <translation>於{date}違約（第 {number} 期，差 {shortfall}）</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>letter {id} to {recipient} ({date}): {outcome}</source>
        <translation>致{recipient}的信函 {id}（{date}）：{outcome}</translation>
    </message>
    <message>
        <source>Agreement {id} with {lender}, in force from {start}: {standing}</source>
        <translation>與{lender}的協議 {id}，自{start}起生效：{standing}</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已還</translation>
    </message>
    <message>
        <source>An agreed payment is late: pay it by {date} to keep the agreement.</source>
        <translation>有一期約定還款已逾期：請在{date}前還上，協議才能繼續有效。</translation>
    </message>
    <message>
        <source>Broken on {date}: instalment {number} was short by {shortfall}.</source>
        <translation>已於{date}違約：第 {number} 期少還了 {shortfall}。</translation>
    </message>
    <message>
        <source>Broken on {date}: instalment {number} was missed, {shortfall}.</source>
        <translation>已於{date}違約：第 {number} 期未還，{shortfall}。</translation>
    </message>
    <message>
        <source>What the agreement says happens next ({clause}): the lender can ask for {amount} {currency} at once.</source>
        <translation>依協議約定的後果（{clause}）：債權人可以要求立即清償 {amount} {currency}。</translation>
    </message>
    <message>
        <source>The clause: {clause}</source>
        <translation>條款原文：{clause}</translation>
    </message>
    <message>
        <source>Agreement {id} ends on {date}; the contract applies again from then.</source>
        <translation>協議 {id} 於{date}終止；自該日起重新依原契約執行。</translation>
    </message>
</context>
<context>
    <name>CliCalendar</name>
    <message>
        <source>--months: must be between 1 and 600.</source>
        <translation>--months：必須介於 1 到 600 之間。</translation>
    </message>
    <message>
        <source>--out: the folder {folder} does not exist.</source>
        <translation>--out：資料夾 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Could not write {file}: {problem}.</source>
        <translation>無法寫入 {file}：{problem}。</translation>
    </message>
    <message>
        <source>Wrote {count} events to {file}</source>
        <translation>已將 {count} 個行程寫入 {file}</translation>
    </message>
</context>
<context>
    <name>CliChart</name>
    <message>
        <source>--out: {name} is not a .png, .svg or .pdf file name.</source>
        <translation>--out：{name} 不是 .png、.svg 或 .pdf 檔名。</translation>
    </message>
    <message>
        <source>--debt: the {kind} chart shows every debt together; --debt works with {kinds}.</source>
        <translation>--debt：{kind} 圖表同時顯示所有債務；--debt 只適用於 {kinds}。</translation>
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
        <translation>--out：無法寫入 {file}（{problem}）。</translation>
    </message>
</context>
<context>
    <name>CliContacts</name>
    <message>
        <source>id</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>when</source>
        <translation>時間</translation>
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
        <translation>催收員</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Contact rules: allowed {start}–{end}, at most {max} a day from one company</source>
        <translation>催收規則：允許聯絡時間 {start}–{end}，同一公司每天最多 {max} 次</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>file: {name} ({size} bytes, sha256 {sha256}…)</source>
        <translation>檔案：{name}（{size} 位元組，sha256 {sha256}…）</translation>
    </message>
    <message>
        <source>1 contact, {flagged} flagged</source>
        <translation>1 筆催收紀錄，{flagged} 筆有警示</translation>
    </message>
    <message>
        <source>{n} contacts, {flagged} flagged</source>
        <translation>{n} 筆催收紀錄，{flagged} 筆有警示</translation>
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
        <translation>已將 {debts} 筆範例債務和 {payments} 筆還款寫入 {file}</translation>
    </message>
    <message>
        <source>{summary} imported into {file}</source>
        <translation>已匯入到 {file}：{summary}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>沒有任何內容</translation>
    </message>
</context>
<context>
    <name>CliEncryption</name>
    <message>
        <source>{file} is encrypted: give its passphrase in the environment variable {variable}, or run the command in a terminal to be asked for it.</source>
        <translation>{file} 已加密：請在環境變數 {variable} 中提供它的密碼，或在終端機裡執行這個指令，依提示輸入。</translation>
    </message>
    <message>
        <source>Passphrase for {file}: </source>
        <translation>{file} 的密碼：</translation>
    </message>
    <message>
        <source>Give the new passphrase in the environment variable {variable}, or run the command in a terminal to be asked for it.</source>
        <translation>請在環境變數 {variable} 中提供新密碼，或在終端機裡執行這個指令，依提示輸入。</translation>
    </message>
    <message>
        <source>Nobody can open {file} without this passphrase, and nobody can recover it for you: if it is lost, the data is lost. Write it down somewhere safe.</source>
        <translation>沒有這組密碼，誰也打不開 {file}，也沒有人能幫你找回密碼：密碼遺失，資料也就遺失了。請把它寫下來，放在安全的地方。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新密碼：</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>再輸入一次新密碼：</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>兩次輸入的密碼不一致；沒有做任何變更。</translation>
    </message>
    <message>
        <source>Encrypted {file}, {files} attached files and {backups} backups.</source>
        <translation>已加密 {file}、{files} 個附件和 {backups} 份備份。</translation>
    </message>
    <message>
        <source>{file} was already encrypted; {files} attached files and {backups} backups left plain by an interrupted run are now encrypted too.</source>
        <translation>{file} 原本就已加密；上次中斷時尚未加密的 {files} 個附件和 {backups} 份備份，現在也已加密。</translation>
    </message>
    <message>
        <source>Took the encryption off {file}, {files} attached files and {backups} backups.</source>
        <translation>已取消 {file}、{files} 個附件和 {backups} 份備份的加密。</translation>
    </message>
    <message>
        <source>{file} is not encrypted; nothing to do.</source>
        <translation>{file} 沒有加密；無需處理。</translation>
    </message>
    <message>
        <source>The backup {backup} could not be converted (it may have another passphrase); it was left as it was.</source>
        <translation>備份 {backup} 無法轉換（它可能使用了另一組密碼）；已維持原狀。</translation>
    </message>
</context>
<context>
    <name>CliExportCsv</name>
    <message>
        <source>--what budget: the file holds no budget taken on or before {date}.</source>
        <translation>--what budget：檔案中沒有{date}或之前的預算。</translation>
    </message>
    <message>
        <source>--debt: only the schedule is written for one debt; leave --debt out.</source>
        <translation>--debt：只有還款計畫可以按單筆債務匯出；請拿掉 --debt。</translation>
    </message>
    <message>
        <source>--out: could not write {file}: {problem}.</source>
        <translation>--out：無法寫入 {file}：{problem}。</translation>
    </message>
    <message>
        <source>Wrote {count} {what} rows to {file}</source>
        <translation>已將 {count} 列 {what} 資料寫入 {file}</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>where the money goes: each debt by lender and kind, split into not yet due, overdue, and penalties and fees owed</source>
        <extracomment>kind -&gt; what it shows (English, marked for the command line&apos;s help, which translates it).</extracomment>
        <translation>錢都欠在哪裡：每筆債務依債權人和類型列出，分為未到期、已逾期，以及所欠的遲延利息和費用</translation>
    </message>
    <message>
        <source>each debt&apos;s balance from its start to its end: paid so far and projected under current terms</source>
        <translation>每筆債務從開始到結束的餘額變化：已還部分，以及依現行條款的預計</translation>
    </message>
    <message>
        <source>the cost of waiting: penalties and fees owed day by day for a year if nothing is paid, with each stage boundary</source>
        <translation>拖延的代價：若不還款，一年內逐日累計應付的遲延利息及費用，並標出每個階段的分界</translation>
    </message>
    <message>
        <source>income, essential spending and what is left, per category, against the monthly payments</source>
        <translation>依類別列出收入、必要支出和結餘，並與每月還款對照</translation>
    </message>
    <message>
        <source>plans compared: current terms, avalanche, snowball and fair share, by month and in total</source>
        <translation>方案比較：現行條款、雪崩法、雪球法和依比例分配，逐月及合計</translation>
    </message>
    <message>
        <source>one payoff strategy: each debt&apos;s balance month by month until debt-free</source>
        <translation>單一還款策略：每筆債務逐月的餘額，直到全部還清</translation>
    </message>
    <message>
        <source>language of the text output: zh-Hans, zh-Hant or en (default: from the locale); --json is the same in every language</source>
        <translation>文字輸出的語言：zh-Hans、zh-Hant 或 en（預設：依系統的地區設定）；--json 的輸出在各種語言下都相同</translation>
    </message>
    <message>
        <source>compute everything as on this date (default: today)</source>
        <translation>以這一天為準計算所有結果（預設：今天）</translation>
    </message>
    <message>
        <source>DebtDesk keeps track of overdue debts in one local file. With no command it opens the window; `debtdesk FILE` opens that file in it.</source>
        <translation>DebtDesk 把逾期債務記錄在一個本機檔案裡。不帶指令時開啟視窗；`debtdesk FILE` 在視窗中開啟該檔案。</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>顯示程式的版本並結束</translation>
    </message>
    <message>
        <source>open this .debtdesk file in the window</source>
        <translation>在視窗中開啟這個 .debtdesk 檔案</translation>
    </message>
    <message>
        <source>same as the remind command: notify and exit</source>
        <translation>與 remind 指令相同：發出提醒後結束</translation>
    </message>
    <message>
        <source>record a lender&apos;s reply and agreements; check payments against them</source>
        <translation>記錄債權人的答覆和協議；對照協議檢查還款</translation>
    </message>
    <message>
        <source>`debtdesk agreement`: what came of a letter, agreements recorded and checked against payments.</source>
        <translation>`debtdesk agreement`：信函的結果，以及記錄在案、對照還款檢查的協議。</translation>
    </message>
    <message>
        <source>the .debtdesk file</source>
        <translation>.debtdesk 檔案</translation>
    </message>
    <message>
        <source>record what came of a letter (with the reply attached)</source>
        <translation>記錄信函的結果（附上答覆）</translation>
    </message>
    <message>
        <source>the letter&apos;s number (agreement list shows letters without an outcome)</source>
        <translation>信函編號（agreement list 會列出尚無結果的信函）</translation>
    </message>
    <message>
        <source>when the reply came (default: --as-of)</source>
        <translation>收到答覆的日期（預設：--as-of）</translation>
    </message>
    <message>
        <source>wait for an answer until this date</source>
        <translation>等待答覆到這一天為止</translation>
    </message>
    <message>
        <source>a counter-offer&apos;s agreed terms as NAME=VALUE: balance, instalments, down-payment, deferral, lower-payment, lower-months, settlement, rate (percent a year), grace (days), due-day, waived</source>
        <translation>還價中約定的條款，寫成 NAME=VALUE：balance、instalments、down-payment、deferral、lower-payment、lower-months、settlement、rate（年利率，百分比）、grace（天數）、due-day、waived</translation>
    </message>
    <message>
        <source>a counter-offer&apos;s first payment date</source>
        <translation>還價中的第一期還款日</translation>
    </message>
    <message>
        <source>the reply (letter, screenshot)</source>
        <translation>答覆（信函、截圖）</translation>
    </message>
    <message>
        <source>what was said</source>
        <translation>對方說了什麼</translation>
    </message>
    <message>
        <source>record an agreement from a saved proposal or from the terms agreed</source>
        <translation>根據已儲存的方案或約定的條款記錄協議</translation>
    </message>
    <message>
        <source>the accepted proposal (its plan becomes the terms)</source>
        <translation>已被接受的方案（其還款計畫即成為協議條款）</translation>
    </message>
    <message>
        <source>agreed terms as NAME=VALUE: balance, instalments, down-payment, deferral, lower-payment, lower-months, settlement, rate (percent a year), grace (days), due-day, waived</source>
        <translation>約定的條款，寫成 NAME=VALUE：balance、instalments、down-payment、deferral、lower-payment、lower-months、settlement、rate（年利率，百分比）、grace（天數）、due-day、waived</translation>
    </message>
    <message>
        <source>from this day the agreed schedule replaces the contract&apos;s (default: --as-of)</source>
        <translation>從這一天起，以約定的還款計畫取代原合約的還款計畫（預設：--as-of）</translation>
    </message>
    <message>
        <source>the first agreed payment (typed terms; default: a month after the start)</source>
        <translation>約定的第一期還款日（手動填寫條款時；預設：起始日後一個月）</translation>
    </message>
    <message>
        <source>default: the start date</source>
        <translation>預設：起始日期</translation>
    </message>
    <message>
        <source>days a payment may be late before the agreement breaks</source>
        <translation>寬限天數：還款晚於這個天數，協議即告違約</translation>
    </message>
    <message>
        <source>what the agreement says a missed payment does (default: revives the original debt)</source>
        <translation>協議約定的漏還後果（預設：原債務恢復）</translation>
    </message>
    <message>
        <source>the agreement&apos;s own words about a missed payment</source>
        <translation>協議中關於漏還的原文</translation>
    </message>
    <message>
        <source>the letter it answers</source>
        <translation>它所答覆的信函</translation>
    </message>
    <message>
        <source>the signed agreement</source>
        <translation>簽署的協議</translation>
    </message>
    <message>
        <source>agreements and how they stand; letters and their outcomes</source>
        <translation>各份協議及其履行情況；各封信函及其結果</translation>
    </message>
    <message>
        <source>one agreement&apos;s schedule, the payments meeting it, and any breach</source>
        <translation>一份協議的還款計畫、對應的還款，以及是否違約</translation>
    </message>
    <message>
        <source>end an agreement (the contract applies again from that day)</source>
        <translation>結束協議（從那天起重新適用原合約）</translation>
    </message>
    <message>
        <source>default: --as-of</source>
        <translation>預設：--as-of</translation>
    </message>
    <message>
        <source>e.g. the lender revived the debt</source>
        <translation>例如：債權人恢復了原債務</translation>
    </message>
    <message>
        <source>export coming payments and court deadlines to an iCalendar (.ics) file</source>
        <translation>將即將到來的還款和法院期限匯出為 iCalendar（.ics）檔案</translation>
    </message>
    <message>
        <source>Writes one all-day event per coming payment (the agreed instalments once an agreement is in force, the contract&apos;s due dates otherwise) and per court deadline, each with an alarm the day before. Exporting again updates the same events in a calendar program (stable UIDs), and the same data on the same --as-of date gives the same bytes.</source>
        <translation>為每一筆即將到來的還款（協議生效後為約定的各期，否則為合約的到期日）和每一個法院期限寫入一個全天事件，並在前一天提醒。再次匯出會在行事曆程式中更新同一批事件（UID 不變）；同樣的資料在同一個 --as-of 日期匯出，檔案逐位元組相同。</translation>
    </message>
    <message>
        <source>the .debtdesk file to read</source>
        <translation>要讀取的 .debtdesk 檔案</translation>
    </message>
    <message>
        <source>where to write the calendar</source>
        <translation>行事曆的寫入位置</translation>
    </message>
    <message>
        <source>only this debt&apos;s payments and deadlines</source>
        <translation>只匯出這筆債務的還款和期限</translation>
    </message>
    <message>
        <source>payments due within this many months (default 24)</source>
        <translation>匯出多少個月內到期的還款（預設 24）</translation>
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
        <translation>將一張圖表（{kinds}）繪製成 PNG、SVG 或 PDF 檔案</translation>
    </message>
    <message>
        <source>Draw one chart of the file to an image. Kinds — {kinds}.</source>
        <translation>把檔案中的一張圖表繪製成圖片。圖表種類：{kinds}。</translation>
    </message>
    <message>
        <source>what to draw: {kinds}</source>
        <translation>要繪製的圖表：{kinds}</translation>
    </message>
    <message>
        <source>the image to write: .png, .svg or .pdf</source>
        <translation>要寫入的圖片：.png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>only this debt (for {kinds})</source>
        <translation>只畫這筆債務（適用於 {kinds}）</translation>
    </message>
    <message>
        <source>the chart&apos;s language</source>
        <translation>圖表的語言</translation>
    </message>
    <message>
        <source>light or dark colours</source>
        <translation>淺色或深色配色</translation>
    </message>
    <message>
        <source>money for all debts each month: the strategies&apos; amount (plans, payoff; default: the minimum payments together, rounded up to the hundred) or the payments drawn against the budget (default: what the current terms ask each month)</source>
        <translation>每月用於全部債務的錢：還款策略使用的金額（plans、payoff；預設：各筆最低應繳之和，無條件進位到百位），或與預算對照繪製的還款額（預設：現行條款每月要求的還款）</translation>
    </message>
    <message>
        <source>the payoff strategy drawn by --kind payoff</source>
        <translation>--kind payoff 所繪製的還款策略</translation>
    </message>
    <message>
        <source>the currency of plans and payoff (default: most debts&apos;)</source>
        <translation>plans 和 payoff 使用的幣別（預設：多數債務的幣別）</translation>
    </message>
    <message>
        <source>also print the chart&apos;s numbers, tab-separated</source>
        <translation>同時輸出圖表的數值，以 Tab 分隔</translation>
    </message>
    <message>
        <source>print the collector contact log with its flags</source>
        <translation>輸出催收紀錄及其警示</translation>
    </message>
    <message>
        <source>Print every logged collector contact in time order with the flags it raises under the file&apos;s contact rules (contact at night, too many in a day, contacting others, threats, insults, false legal claims, posing as an official), and the state of each attached file (ok, missing or changed since it was attached).</source>
        <translation>依時間順序輸出記錄的每一次催收，以及依檔案中的催收規則觸發的警示（夜間催收、一天內次數過多、聯絡他人、威脅、辱罵、虛構法律後果、冒充公務人員），並列出每個附件的狀態（正常、遺失，或附加後被改動過）。</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>輸出一個 JSON 物件</translation>
    </message>
    <message>
        <source>write the demo data set into a new file</source>
        <translation>將範例資料寫入一個新檔案</translation>
    </message>
    <message>
        <source>the new .debtdesk file</source>
        <translation>新的 .debtdesk 檔案</translation>
    </message>
    <message>
        <source>household: six debts (default); large: plus 2,000 debts with 100 payments each and 100,000 collector contacts, for measuring speed</source>
        <translation>household：六筆債務（預設）；large：另加 2,000 筆債務（每筆 100 次還款）和 100,000 筆催收紀錄，用於測試速度</translation>
    </message>
    <message>
        <source>export every table to the JSON interchange format</source>
        <translation>將所有資料表匯出為 JSON 交換格式</translation>
    </message>
    <message>
        <source>where to write the JSON</source>
        <translation>JSON 的寫入位置</translation>
    </message>
    <message>
        <source>import a JSON interchange file into a new or empty file</source>
        <translation>將 JSON 交換檔匯入一個新檔案或空檔案</translation>
    </message>
    <message>
        <source>the .debtdesk file to fill</source>
        <translation>要填入資料的 .debtdesk 檔案</translation>
    </message>
    <message>
        <source>the JSON file to import</source>
        <translation>要匯入的 JSON 檔案</translation>
    </message>
    <message>
        <source>encrypt a file, its attached files and its backups with a passphrase</source>
        <translation>用密碼加密檔案及其附件和備份</translation>
    </message>
    <message>
        <source>the .debtdesk file to encrypt</source>
        <translation>要加密的 .debtdesk 檔案</translation>
    </message>
    <message>
        <source>take the encryption off a file, its attached files and its backups</source>
        <translation>取消檔案及其附件和備份的加密</translation>
    </message>
    <message>
        <source>the encrypted .debtdesk file</source>
        <translation>已加密的 .debtdesk 檔案</translation>
    </message>
    <message>
        <source>write the register, a schedule, the contact log or a budget as CSV</source>
        <translation>將債務列表、還款計畫、催收紀錄或預算寫成 CSV</translation>
    </message>
    <message>
        <source>Write one table as CSV for a spreadsheet: UTF-8 with a byte-order mark, amounts as plain decimals, dates as YYYY-MM-DD. The budget is the latest one taken on or before --as-of.</source>
        <translation>把一張表寫成試算表用的 CSV：含位元組順序標記（BOM）的 UTF-8，金額為一般小數，日期為 YYYY-MM-DD。預算取 --as-of 當天或之前最近的一份。</translation>
    </message>
    <message>
        <source>which table to write</source>
        <translation>要寫出哪張表</translation>
    </message>
    <message>
        <source>the debt whose schedule to write (with --what schedule)</source>
        <translation>要寫出其還款計畫的債務（與 --what schedule 一起使用）</translation>
    </message>
    <message>
        <source>where to write the CSV</source>
        <translation>CSV 的寫入位置</translation>
    </message>
    <message>
        <source>export a negotiation or complaint letter as PDF</source>
        <translation>將協商信或投訴信匯出為 PDF</translation>
    </message>
    <message>
        <source>Write the letter for one debt from the file&apos;s data: the proposal built from --option words (as for `plan`), the latest budget, the evidence marked obtained or sent. Your name and address come from the file (set them in the app) unless given here. Every export is recorded in the file&apos;s letters history with its checksum.</source>
        <translation>根據檔案中的資料為一筆債務撰寫信函：用 --option 選項組成的方案（與 `plan` 相同）、最新的預算、標記為已取得或已寄出的證明文件。除非在這裡提供，您的姓名和地址取自檔案（在程式中設定）。每次匯出都會連同檢查碼記入檔案的信函紀錄。</translation>
    </message>
    <message>
        <source>the debt&apos;s number</source>
        <translation>債務編號</translation>
    </message>
    <message>
        <source>the letter&apos;s language</source>
        <translation>信函的語言</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>PDF 的寫入位置</translation>
    </message>
    <message>
        <source>a proposal option (negotiation letters), as for `plan`; settlement=P is a percentage, 60 or 60%%</source>
        <translation>方案選項（用於協商信），與 `plan` 相同；settlement=P 為百分比，寫 60 或 60%%</translation>
    </message>
    <message>
        <source>address a complaint to the regulator</source>
        <translation>投訴信寄給監管部門</translation>
    </message>
    <message>
        <source>append the income and expenditure statement with a budget chart</source>
        <translation>附上家庭收支狀況表和預算圖表</translation>
    </message>
    <message>
        <source>your situation, in the letter&apos;s language</source>
        <translation>您的情況說明，以信函的語言書寫</translation>
    </message>
    <message>
        <source>the cause, completing &apos;Because of …&apos; (default: the hardship reasons saved in the file)</source>
        <translation>原因，用來補全「因為……」（預設：檔案中儲存的困難原因）</translation>
    </message>
    <message>
        <source>convert Simplified Chinese in a zh-Hant letter to Traditional (and the reverse)</source>
        <translation>把 zh-Hant 信函中的簡體字轉換為繁體（反之亦然）</translation>
    </message>
    <message>
        <source>your name (default: as saved in the file)</source>
        <translation>您的姓名（預設：檔案中儲存的姓名）</translation>
    </message>
    <message>
        <source>your address (default: as saved in the file)</source>
        <translation>您的地址（預設：檔案中儲存的地址）</translation>
    </message>
    <message>
        <source>your phone (default: as saved in the file)</source>
        <translation>您的電話（預設：檔案中儲存的電話）</translation>
    </message>
    <message>
        <source>your email (default: as saved in the file)</source>
        <translation>您的電子郵件地址（預設：檔案中儲存的地址）</translation>
    </message>
    <message>
        <source>plan paying every debt off with one monthly amount (avalanche, snowball, fair share)</source>
        <translation>用每月一筆固定金額規劃還清全部債務（雪崩法、雪球法、依比例分配）</translation>
    </message>
    <message>
        <source>Each month every debt gets its minimum (its contractual instalment, the card minimum, or the month&apos;s interest for interest-only and bullet loans); the rest goes to the highest rate first (avalanche), the smallest balance first (snowball), or to all pro rata to their balances (fair-share). A cleared debt&apos;s minimum rolls over. Prints the plan, the debt-free date and the interest and penalties saved against the current terms. Assumes the lenders accept the payments without charging more penalties.</source>
        <translation>每個月每筆債務先得到它的最低應繳（合約約定的每期還款、信用卡最低應繳，或先息後本和一次性還本付息貸款當月的利息）；其餘的錢先還利率最高的（avalanche，雪崩法）、先還餘額最小的（snowball，雪球法），或依餘額比例分給所有債務（fair-share）。一筆債務還清後，它的最低應繳轉給其他債務。輸出還款計畫、還清日期，以及與現行條款相比節省的利息和遲延利息。假定債權人接受這些還款，且不再加收遲延利息。</translation>
    </message>
    <message>
        <source>money for all debts together each month</source>
        <translation>每月用於全部債務的錢</translation>
    </message>
    <message>
        <source>the debts in this currency (needed when several are mixed)</source>
        <translation>只計算這一幣別的債務（有多種幣別時必須指定）</translation>
    </message>
    <message>
        <source>check repayment proposals against the household&apos;s budget</source>
        <translation>對照家庭預算檢查還款方案</translation>
    </message>
    <message>
        <source>Build proposals from options and check them, with every other debt of the currency, against the money available each month: priority debts and debts kept as contracted first, the rest shared pro rata to balances. Options: {options} (e.g. --debt 4 --option pause=3 --option waive-penalties). Options belong to the --debt (or run of --debt) just before them; options before any --debt apply to every --debt. With several --debt and no options that set the payments, each gets its fair share as a lower monthly payment. settlement=P is a percentage (60 or 60%); amounts use &apos;.&apos; as the decimal point (1234 or 1,234.00; 1,234 is refused as unclear).</source>
        <translation>用選項組成方案，並與該幣別的其他所有債務一起，對照每月可用的錢進行檢查：先保障優先債務和依原合約繼續還款的債務，其餘依餘額比例分配。選項：{options}（例如 --debt 4 --option pause=3 --option waive-penalties）。選項屬於緊接在它前面的 --debt（或一組連續的 --debt）；寫在所有 --debt 之前的選項適用於每一個 --debt。提供多個 --debt 而沒有設定還款額的選項時，每筆債務都依比例分得一份，作為調降後的月還款。settlement=P 為百分比（60 或 60%）；金額以「.」作小數點（1234 或 1,234.00；1,234 有歧義，不予接受）。</translation>
    </message>
    <message>
        <source>a debt to make a proposal for</source>
        <translation>要為其制定方案的債務</translation>
    </message>
    <message>
        <source>a proposal option</source>
        <translation>方案選項</translation>
    </message>
    <message>
        <source>keep this debt as contracted (overrides the saved plan)</source>
        <translation>這筆債務依原合約繼續還款（優先於已儲存的方案）</translation>
    </message>
    <message>
        <source>print every debt of the currency, with its treatment</source>
        <translation>輸出該幣別的每一筆債務及其處理方式</translation>
    </message>
    <message>
        <source>offer every debt that is not a priority (and not named) its fair share as a lower payment</source>
        <translation>為每一筆非優先（且未指定）的債務依比例分配一份，作為調降後的還款額</translation>
    </message>
    <message>
        <source>the household&apos;s currency (default: the named debts&apos;, or the latest budget&apos;s)</source>
        <translation>家庭使用的幣別（預設：所指定債務的幣別，或最新預算的幣別）</translation>
    </message>
    <message>
        <source>when the plan starts (default: today)</source>
        <translation>方案的開始日期（預設：今天）</translation>
    </message>
    <message>
        <source>the date of every one-off settlement</source>
        <translation>所有一次清償的日期</translation>
    </message>
    <message>
        <source>savings or help available for one-off settlements</source>
        <translation>可用於一次清償的積蓄或資助</translation>
    </message>
    <message>
        <source>money available for debts each month (default: the latest budget&apos;s disposable income)</source>
        <translation>每月可用於還債的錢（預設：最新預算的可支配收入）</translation>
    </message>
    <message>
        <source>print what is due soon or late and show it as one desktop notification</source>
        <translation>輸出即將到期和已逾期的事項，並以一則桌面通知顯示</translation>
    </message>
    <message>
        <source>Prints the payments due within --days, late and broken agreed payments, court deadlines and letters without an answer, and shows them as one desktop notification where the desktop has one (nothing is shown otherwise). --autostart on writes an entry that runs this at login; --autostart off removes it.</source>
        <translation>輸出 --days 天內到期的還款、逾期和違約的約定還款、法院期限以及尚無答覆的信函，並在桌面支援通知時以一則桌面通知顯示（否則不顯示）。--autostart on 寫入一個登入時執行此指令的自動啟動項目；--autostart off 將其移除。</translation>
    </message>
    <message>
        <source>payments due within N days (default 7)</source>
        <translation>N 天內到期的還款（預設 7）</translation>
    </message>
    <message>
        <source>print only; no desktop notification</source>
        <translation>只輸出，不發出桌面通知</translation>
    </message>
    <message>
        <source>add or remove the login entry, then exit</source>
        <translation>新增或移除登入時的自動啟動項目，然後結束</translation>
    </message>
    <message>
        <source>back up a file now (into its private backups folder)</source>
        <translation>立即備份檔案（存入它專用的備份資料夾）</translation>
    </message>
    <message>
        <source>the .debtdesk file to back up</source>
        <translation>要備份的 .debtdesk 檔案</translation>
    </message>
    <message>
        <source>list a file&apos;s backups: path, time, format and contents</source>
        <translation>列出檔案的備份：路徑、時間、格式和內容</translation>
    </message>
    <message>
        <source>the .debtdesk file whose backups to list</source>
        <translation>要列出其備份的 .debtdesk 檔案</translation>
    </message>
    <message>
        <source>replace a file with one of its backups (the file as it was is kept)</source>
        <translation>用檔案的某個備份取代它（取代前的檔案會保留）</translation>
    </message>
    <message>
        <source>the .debtdesk file to restore</source>
        <translation>要還原的 .debtdesk 檔案</translation>
    </message>
    <message>
        <source>the backup to restore (see `debtdesk backups`)</source>
        <translation>要還原的備份（見 `debtdesk backups`）</translation>
    </message>
    <message>
        <source>check a file thoroughly (SQLite&apos;s integrity check, links, attachments)</source>
        <translation>全面檢查檔案（SQLite 完整性檢查、關聯、附件）</translation>
    </message>
    <message>
        <source>the .debtdesk file to check</source>
        <translation>要檢查的 .debtdesk 檔案</translation>
    </message>
    <message>
        <source>copy what is still readable from a damaged file into a new one</source>
        <translation>把損壞檔案中仍能讀取的內容複製到新檔案</translation>
    </message>
    <message>
        <source>the damaged .debtdesk file (never changed)</source>
        <translation>已損壞的 .debtdesk 檔案（不會被變更）</translation>
    </message>
    <message>
        <source>the new file for the rescued data</source>
        <translation>存放搶救出的資料的新檔案</translation>
    </message>
    <message>
        <source>print a repayment schedule</source>
        <translation>輸出還款計畫</translation>
    </message>
    <message>
        <source>Print the month-by-month schedule of a loan: payment, principal, interest and remaining balance, rounded to the cent; the last payment absorbs the rounding remainder.</source>
        <translation>輸出一筆貸款逐月的還款計畫：還款額、本金、利息和剩餘本金，精確到分；最後一期吸收捨入餘數。</translation>
    </message>
    <message>
        <source>amount borrowed, e.g. 1000000, 20000.50 or ¥20,000.50 (&apos;.&apos; is the decimal point)</source>
        <translation>借款金額，例如 1000000、20000.50 或 ¥20,000.50（以「.」作小數點）</translation>
    </message>
    <message>
        <source>annual rate in percent, as in the app&apos;s form: 4.9 and 4.9%% both mean 4.9%%, and 0.5 means 0.5%% (earlier versions read a bare value below 1 as a fraction)</source>
        <translation>年利率，以百分比表示，與程式中的表單相同：4.9 和 4.9%% 都表示 4.9%%，0.5 表示 0.5%%（早期版本把小於 1 的純數字當作小數）</translation>
    </message>
    <message>
        <source>term in months</source>
        <translation>期限（月數）</translation>
    </message>
    <message>
        <source>repayment method</source>
        <translation>還款方式</translation>
    </message>
    <message>
        <source>loan start date</source>
        <translation>貸款起始日期</translation>
    </message>
    <message>
        <source>day of month payments fall due (default: the start day)</source>
        <translation>每月還款日（預設：起始日）</translation>
    </message>
    <message>
        <source>how overdue each debt is and what happens next</source>
        <translation>每筆債務逾期多久，接下來會發生什麼</translation>
    </message>
    <message>
        <source>For each debt: days past due, stage, M-bucket, amounts, and the coming stage transitions with their dates and the penalty interest and fees accrued by then if nothing is paid.</source>
        <translation>每筆債務的逾期天數、逾期階段、逾期帳齡（M1–M3+）、金額，以及即將發生的階段變化：發生日期，以及若不還款，屆時累計的遲延利息和費用。</translation>
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
        <translation>{name} 無法寫入，因此信函無法記入歷史紀錄；沒有寫入任何內容。</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>已寫入 {file}</translation>
    </message>
    <message>
        <source>Note: the household plan shows {lender} cannot be paid this every month (short by {amount} at most), so the letter asks rather than promises.</source>
        <translation>注意：家庭還款方案顯示，每月無法按這個金額清償{lender}（最多差 {amount}），所以信中是提出請求，而不是做出承諾。</translation>
    </message>
    <message>
        <source>debtdesk letter: note: today&apos;s backup could not be made ({problem}).</source>
        <translation>debtdesk letter：注意：今天的備份沒能完成（{problem}）。</translation>
    </message>
    <message>
        <source>the section “{heading}”</source>
        <translation>「{heading}」一節</translation>
    </message>
    <message>
        <source>section {number}</source>
        <translation>第 {number} 節</translation>
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
        <translation>您的電話號碼</translation>
    </message>
    <message>
        <source>your e-mail address</source>
        <translation>您的電子郵件地址</translation>
    </message>
    <message>
        <source>the account number</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>the subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>稱呼</translation>
    </message>
    <message>
        <source>the schedule</source>
        <translation>還款計畫</translation>
    </message>
    <message>
        <source>the closing</source>
        <translation>結尾</translation>
    </message>
    <message>
        <source>the signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>the list of enclosures</source>
        <translation>附件清單</translation>
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
        <translation>警告：這封繁體中文信函的{places}含有簡體中文；加上 --convert-script 即可轉換為繁體。</translation>
    </message>
    <message>
        <source>Warning: this Simplified Chinese letter has Traditional Chinese in {places}; add --convert-script to convert them to Simplified.</source>
        <translation>警告：這封簡體中文信函的{places}含有繁體中文；加上 --convert-script 即可轉換為簡體。</translation>
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
        <translation>信函中有些字元無法列印（{places}）：信函的字型不含阿拉伯文、希伯來文、泰文或表情符號，也無法排版從右到左的文字，請改用拉丁字母或漢字書寫。</translation>
    </message>
</context>
<context>
    <name>CliPayoff</name>
    <message>
        <source>Nothing is owed in {currency}: there is no plan to make.</source>
        <translation>沒有以{currency}計價的欠款：無需制定計畫。</translation>
    </message>
    <message>
        <source>Nothing is owed: there is no plan to make.</source>
        <translation>沒有欠款：無需制定計畫。</translation>
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
        <translation>依比例分配</translation>
    </message>
    <message>
        <source>{strategy}: {amount} {currency} a month from {date}</source>
        <translation>{strategy}：自{date}起每月 {amount} {currency}</translation>
    </message>
    <message>
        <source>Debt-free on {date} (month {month}).</source>
        <translation>{date}還清（第 {month} 個月）。</translation>
    </message>
    <message>
        <source>Cleared in this order:</source>
        <translation>還清順序：</translation>
    </message>
    <message>
        <source>month {month:&gt;3}  {date}  {lender} (#{id}): paid {paid}, interest {interest}</source>
        <translation>第{month:&gt;3}個月  {date}  {lender}（#{id}）：共還 {paid}，利息 {interest}</translation>
    </message>
    <message>
        <source>month  month of   paid          interest    balance left</source>
        <translation> 月次  月份             還款        利息        剩餘欠款</translation>
    </message>
    <message>
        <source>saves {amount}</source>
        <translation>節省 {amount}</translation>
    </message>
    <message>
        <source>costs {amount} more</source>
        <translation>多花 {amount}</translation>
    </message>
    <message>
        <source>Total paid {total}; interest and penalties {interest} (current terms: {current}, debt-free {current_date}): {verdict}.</source>
        <translation>共還 {total}；利息及遲延利息 {interest}（依現行條款：{current}，{current_date}還清）：{verdict}。</translation>
    </message>
    <message>
        <source>Assumes the lenders accept these payments without charging more penalties.</source>
        <translation>以上假設債權人接受這些還款，且不再加收遲延利息。</translation>
    </message>
</context>
<context>
    <name>CliPlan</name>
    <message>
        <source> (debt {id})</source>
        <translation>（債務 {id}）</translation>
    </message>
    <message>
        <source>--debt: name at least one debt (--debt ID), or give --household.</source>
        <translation>--debt：請至少指定一筆債務（--debt ID），或使用 --household。</translation>
    </message>
    <message>
        <source>--keep {id}: this debt is also given with --debt; choose one treatment.</source>
        <translation>--keep {id}：這筆債務也用 --debt 指定了；請只選一種處理方式。</translation>
    </message>
    <message>
        <source>These debts are in different currencies ({currencies}); one offer cannot share money between them. Make one proposal per currency.</source>
        <translation>這些債務的幣別不同（{currencies}）；一份方案無法在它們之間分配資金。請每個幣別各做一份方案。</translation>
    </message>
    <message>
        <source>--settle-on: no debt is offered a one-off settlement (--option settlement=PERCENT).</source>
        <translation>--settle-on：沒有哪筆債務提出了一次清償（--option settlement=PERCENT）。</translation>
    </message>
    <message>
        <source>--debt {id}: nothing is owed on this debt any more.</source>
        <translation>--debt {id}：這筆債務已無欠款。</translation>
    </message>
    <message>
        <source>the plan fits: every month asks no more than is available.</source>
        <translation>方案可行：每個月需要的錢都不超過可用金額。</translation>
    </message>
    <message>
        <source>NOT affordable: some months ask more than is available (see above).</source>
        <translation>無法負擔：有些月份需要的錢超過了可用金額（見上文）。</translation>
    </message>
    <message>
        <source>the months fit, but the settlements need a lump sum: give --lump-sum-available.</source>
        <translation>每月金額可行，但一次清償需要一筆整錢：請提供 --lump-sum-available。</translation>
    </message>
    <message>
        <source>the months fit, but the lump sum does not cover the settlements.</source>
        <translation>每月金額可行，但這筆整錢不夠支付一次清償。</translation>
    </message>
    <message>
        <source>no budget in this currency yet: add one (or pass --available) to check the plan.</source>
        <translation>該幣別還沒有預算：請新增一份（或使用 --available）再檢查方案。</translation>
    </message>
    <message>
        <source>Household plan in {currency} from {date}; Not legal advice.</source>
        <translation>{currency}家庭還款方案，自{date}起；不構成法律意見。</translation>
    </message>
    <message>
        <source>Available for debts each month: {available}; priority and kept debts take up to {first}; left to share: {pot}.</source>
        <translation>每月可用於還債：{available}；優先債務和依原合約繼續還款的債務最多佔用 {first}；剩餘可分配：{pot}。</translation>
    </message>
    <message>
        <source>Month by month (provided first + shared = total, short by):</source>
        <translation>逐月情況（優先保障 + 分配 = 合計，缺口）：</translation>
    </message>
    <message>
        <source>Settlements need {needed} at once; lump sum available: {available}.</source>
        <translation>一次清償共需 {needed}；可用整筆資金：{available}。</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>結論：{verdict}</translation>
    </message>
    <message>
        <source>{lender} (#{id}): owed today {owed} {currency}</source>
        <translation>{lender}（#{id}）：今天尚欠 {owed} {currency}</translation>
    </message>
    <message>
        <source>{date}  {payment:&gt;12}  interest {interest:&gt;10}  balance {balance:&gt;12}</source>
        <translation>{date}  {payment:&gt;12}  利息 {interest:&gt;10}  餘額 {balance:&gt;12}</translation>
    </message>
    <message>
        <source>total paid {total} (current terms {current}, saving {saving}); highest monthly payment {highest}</source>
        <translation>共還 {total}（依現行條款 {current}，節省 {saving}）；每月最高還款額 {highest}</translation>
    </message>
    <message>
        <source>fair share of the money available: {share} a month</source>
        <translation>依比例分得的可用資金：每月 {share}</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>優先</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>依原合約</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>結清</translation>
    </message>
    <message>
        <source>keep paying as contracted</source>
        <translation>依原合約繼續還款</translation>
    </message>
    <message>
        <source>propose {options}</source>
        <translation>提出 {options}</translation>
    </message>
    <message>
        <source>(as now)</source>
        <translation>（維持現狀）</translation>
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
        <translation>；首月補還逾期款 {amount}</translation>
    </message>
    <message>
        <source>; settles once with {amount} on {date}</source>
        <translation>；{date}一次清償 {amount}</translation>
    </message>
    <message>
        <source>; fair share {amount}</source>
        <translation>；依比例分得 {amount}</translation>
    </message>
    <message>
        <source>; asks up to {amount} a month more than its share</source>
        <translation>；每月最多比所分得的多 {amount}</translation>
    </message>
    <message>
        <source>; the lump sum is {amount} short</source>
        <translation>；整筆資金還差 {amount}</translation>
    </message>
    <message>
        <source>; with the other debts paid first, short in {n} month(s)</source>
        <translation>；先還其他債務後，有 {n} 個月資金不足</translation>
    </message>
    <message>
        <source>{first} to {last} ({n} months)</source>
        <translation>{first} 至 {last}（{n} 個月）</translation>
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
        <translation>{days} 天後</translation>
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
        <translation>{lender}：協議已於{date}違約（差 {amount}）</translation>
    </message>
    <message>
        <source>{lender}: agreed payment late, pay {amount} by {date} to keep the agreement</source>
        <translation>{lender}：約定還款已逾期，請在{date}前還 {amount}，協議才能繼續有效</translation>
    </message>
    <message>
        <source>{lender}: {amount} overdue since {date}</source>
        <translation>{lender}：{amount} 自{date}起逾期</translation>
    </message>
    <message>
        <source>{lender}: {amount} due {date} ({when})</source>
        <translation>{lender}：{amount} 於{date}到期（{when}）</translation>
    </message>
    <message>
        <source>{lender}: no answer to your letter by {date}</source>
        <translation>{lender}：截至{date}仍未回覆你的信函</translation>
    </message>
    <message>
        <source>DebtDesk: something needs attention today</source>
        <translation>DebtDesk：今天有事項需要處理</translation>
    </message>
    <message>
        <source>DebtDesk: payments are late</source>
        <translation>DebtDesk：有還款已逾期</translation>
    </message>
    <message>
        <source>DebtDesk: payments due soon</source>
        <translation>DebtDesk：有還款即將到期</translation>
    </message>
    <message>
        <source>… and {count} more in DebtDesk</source>
        <translation>……另有 {count} 項，請在 DebtDesk 中查看</translation>
    </message>
    <message>
        <source>Removed the login reminder.</source>
        <translation>已移除登入時的提醒。</translation>
    </message>
    <message>
        <source>There was no login reminder.</source>
        <translation>原本就沒有登入時的提醒。</translation>
    </message>
    <message>
        <source>Give the DebtDesk file to read with --db PATH.</source>
        <translation>請用 --db 路徑 指定要讀取的 DebtDesk 檔案。</translation>
    </message>
    <message>
        <source>--days: must be between 0 and 366.</source>
        <translation>--days：必須介於 0 到 366 之間。</translation>
    </message>
    <message>
        <source>DebtDesk will remind you at login ({path}).</source>
        <translation>DebtDesk 會在登入時提醒你（{path}）。</translation>
    </message>
    <message>
        <source>Nothing due in the next {days} days and nothing late.</source>
        <translation>未來 {days} 天內沒有到期的還款，也沒有逾期的還款。</translation>
    </message>
</context>
<context>
    <name>CliSafety</name>
    <message>
        <source>Backed up {file} to {backup}</source>
        <translation>已將 {file} 備份到 {backup}</translation>
    </message>
    <message>
        <source>No backups of {file} yet.</source>
        <translation>{file} 還沒有備份。</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>無法讀取</translation>
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
        <translation>已從 {backup} 還原 {file}。</translation>
    </message>
    <message>
        <source>The file as it was is kept as {kept}.</source>
        <translation>還原前的檔案保存為 {kept}。</translation>
    </message>
    <message>
        <source>The file is whole: {summary}.</source>
        <translation>檔案完好：{summary}。</translation>
    </message>
    <message>
        <source>The file is damaged: {summary}.</source>
        <translation>檔案已損壞：{summary}。</translation>
    </message>
    <message>
        <source>Rescued {total} rows ({tables}).</source>
        <translation>已搶救 {total} 列資料（{tables}）。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>沒有任何內容</translation>
    </message>
    <message>
        <source>{count} damaged rows could not be used.</source>
        <translation>有 {count} 列已損壞的資料無法使用。</translation>
    </message>
    <message>
        <source>Parts of {tables} could not be read at all.</source>
        <translation>{tables} 的部分內容完全無法讀取。</translation>
    </message>
    <message>
        <source>{file} was left untouched; the rescued data is in {out}.</source>
        <translation>{file} 保持原樣未動；搶救出的資料在 {out} 中。</translation>
    </message>
</context>
<context>
    <name>CliSchedule</name>
    <message>
        <source>note: --annual-rate {text} is read as {value}% a year (rates are percentages; for {meant}% write {meant})</source>
        <translation>注意：--annual-rate {text} 以年利率 {value}% 解讀（利率以百分比表示；要表示 {meant}%，請寫 {meant}）</translation>
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
        <translation>還款額</translation>
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
        <translation>剩餘本金</translation>
    </message>
    <message>
        <source>total paid {total}, of which interest {interest}</source>
        <translation>還款合計 {total}，其中利息 {interest}</translation>
    </message>
</context>
<context>
    <name>CliStatus</name>
    <message>
        <source>Status as of {date}</source>
        <translation>截至{date}的狀況</translation>
    </message>
    <message>
        <source>{lender} (#{id}): {days} days past due, {stage}, {bucket}</source>
        <translation>{lender}（#{id}）：逾期 {days} 天，{stage}，{bucket}</translation>
    </message>
    <message>
        <source>overdue {overdue} {currency}, outstanding {outstanding}, penalties so far {penalties} (still owed {owed})</source>
        <translation>逾期 {overdue} {currency}，尚欠 {outstanding}，迄今遲延利息及費用 {penalties}（仍欠 {owed}）</translation>
    </message>
    <message>
        <source>{date}: enters {stage} ({days} days); penalties and fees by then {total} (+{extra})</source>
        <translation>{date}：進入{stage}（逾期 {days} 天）；屆時遲延利息及費用 {total}（+{extra}）</translation>
    </message>
    <message>
        <source>rate check: {figures} above the {line} line of {rate}% a year (since {since}); courts commonly do not support interest above it, and you can ask the lender to recalculate</source>
        <translation>利率檢查：{figures}超過{line}（年利率 {rate}%，自{since}起）；法院通常不支持超出部分的利息，您可以要求債權人重新計算</translation>
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
        <translation>逾期後期</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>嚴重逾期</translation>
    </message>
    <message>
        <source>call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>sms</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>登門</translation>
    </message>
    <message>
        <source>night</source>
        <translation>夜間</translation>
    </message>
    <message>
        <source>too_many</source>
        <translation>當天過多</translation>
    </message>
    <message>
        <source>third_party</source>
        <translation>聯絡他人</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>威脅</translation>
    </message>
    <message>
        <source>insults</source>
        <translation>辱罵</translation>
    </message>
    <message>
        <source>false_legal_claims</source>
        <translation>虛假法律後果</translation>
    </message>
    <message>
        <source>impersonation</source>
        <translation>冒充公務人員</translation>
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
        <translation>持牌機構24%線</translation>
    </message>
    <message>
        <source>licensed-36</source>
        <translation>持牌機構36%線</translation>
    </message>
    <message>
        <source>private-4lpr</source>
        <translation>民間借貸4倍LPR線</translation>
    </message>
    <message>
        <source>not_started</source>
        <extracomment>Agreements: how one stands, how each agreed payment stands, what a breach brings, a letter&apos;s outcome. (Separate tables: these are str enums, and &quot;in_grace&quot; is both a Standing and a RowState.)</extracomment>
        <translation>尚未開始</translation>
    </message>
    <message>
        <source>on_track</source>
        <translation>依約履行中</translation>
    </message>
    <message>
        <source>in_grace</source>
        <translation>寬限期內</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>已違約</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已履行完畢</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已終止</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已還</translation>
    </message>
    <message>
        <source>paid_late</source>
        <translation>逾期後還上</translation>
    </message>
    <message>
        <source>short</source>
        <translation>少還</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未還</translation>
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
        <translation>原債務恢復</translation>
    </message>
    <message>
        <source>accelerates</source>
        <translation>剩餘款項立即到期</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等候回覆</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>counter_offer</source>
        <translation>還價</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>no_answer</source>
        <translation>未回覆</translation>
    </message>
    <message>
        <source>true APR</source>
        <translation>實際年化利率</translation>
    </message>
    <message>
        <source>contract rate</source>
        <translation>合約利率</translation>
    </message>
    <message>
        <source>penalty rate</source>
        <translation>遲延利息利率</translation>
    </message>
    <message>
        <source>{count} settings</source>
        <extracomment>What a count of each table&apos;s rows says (&quot;3 debts&quot;); a table of a newer file: &quot;3 name&quot;.</extracomment>
        <translation>{count} 項設定</translation>
    </message>
    <message>
        <source>{count} lenders</source>
        <translation>{count} 個債權人</translation>
    </message>
    <message>
        <source>{count} debts</source>
        <translation>{count} 筆債務</translation>
    </message>
    <message>
        <source>{count} payments</source>
        <translation>{count} 筆還款</translation>
    </message>
    <message>
        <source>{count} collector contacts</source>
        <translation>{count} 筆催收紀錄</translation>
    </message>
    <message>
        <source>{count} attachments</source>
        <translation>{count} 個附件</translation>
    </message>
    <message>
        <source>{count} budgets</source>
        <translation>{count} 份預算</translation>
    </message>
    <message>
        <source>{count} budget lines</source>
        <translation>{count} 筆預算明細</translation>
    </message>
    <message>
        <source>{count} evidence items</source>
        <translation>{count} 項證明文件</translation>
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
        <translation>{count} 份家庭還款方案</translation>
    </message>
    <message>
        <source>{count} letter outcomes</source>
        <translation>{count} 筆信函結果</translation>
    </message>
    <message>
        <source>{count} agreements</source>
        <translation>{count} 份協議</translation>
    </message>
    <message>
        <source>{count} legal events</source>
        <translation>{count} 項法律程序事件</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add debt to {lender}</source>
        <translation>新增對{lender}的債務</translation>
    </message>
    <message>
        <source>Edit debt to {lender}</source>
        <translation>編輯對{lender}的債務</translation>
    </message>
    <message>
        <source>Delete debt to {lender}</source>
        <translation>刪除對{lender}的債務</translation>
    </message>
    <message>
        <source>Record payment to {lender}</source>
        <translation>記錄向{lender}的還款</translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation>編輯還款</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>刪除還款</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>Log contact: {who}</source>
        <translation>記錄催收：{who}</translation>
    </message>
    <message>
        <source>Edit contact: {who}</source>
        <translation>編輯催收紀錄：{who}</translation>
    </message>
    <message>
        <source>Delete contact: {who}</source>
        <translation>刪除催收紀錄：{who}</translation>
    </message>
    <message>
        <source>Change contact rules</source>
        <translation>更改催收規則</translation>
    </message>
    <message>
        <source>The contact rules</source>
        <translation>催收規則</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>編輯催收紀錄</translation>
    </message>
    <message>
        <source>Log a collector contact</source>
        <translation>記錄一次催收</translation>
    </message>
    <message>
        <source>e.g. 某某资产管理公司, the lender&apos;s own team</source>
        <translation>例如：某某資產管理公司、債權人自己的催收團隊</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 無 —</translation>
    </message>
    <message>
        <source>What they said, as close to their words as you can</source>
        <translation>對方說了什麼，儘量用原話</translation>
    </message>
    <message>
        <source>What either side promised, with dates and amounts</source>
        <translation>雙方各自承諾了什麼，包括日期和金額</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>催收經過</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>時間(&amp;W)</translation>
    </message>
    <message>
        <source>Local time, as you experienced it.</source>
        <translation>按您經歷時的當地時間填寫。</translation>
    </message>
    <message>
        <source>H&amp;ow</source>
        <translation>方式(&amp;O)</translation>
    </message>
    <message>
        <source>About the &amp;debt</source>
        <translation>涉及的債務(&amp;D)</translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation>公司(&amp;Y)</translation>
    </message>
    <message>
        <source>A&amp;gent&apos;s name or ID</source>
        <translation>催收員姓名或工號(&amp;G)</translation>
    </message>
    <message>
        <source>Their &amp;number or address</source>
        <translation>對方號碼或地址(&amp;N)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <source>What was sa&amp;id</source>
        <translation>對方所說(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Promises</source>
        <translation>承諾(&amp;P)</translation>
    </message>
    <message>
        <source>Did they do any of this? (each is flagged)</source>
        <translation>對方有沒有以下行為？（每一項都會被標為警示）</translation>
    </message>
    <message>
        <source>Recordings, screenshots and other files</source>
        <translation>錄音、截圖和其他檔案</translation>
    </message>
    <message>
        <source>Files are copied into a folder beside your data file.</source>
        <translation>檔案會複製到資料檔案旁的資料夾中。</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>新增檔案(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>No debt chosen: counts in a complaint about {lender}, whose name it contains.</source>
        <translation>未選擇債務：這筆紀錄會計入對{lender}的投訴，因為其中包含這個名稱。</translation>
    </message>
    <message>
        <source>No debt chosen: write the lender&apos;s name here (e.g. “… for {lender}”) and this contact counts in a complaint about that lender.</source>
        <translation>未選擇債務：在這裡寫上債權人的名稱（例如「……替{lender}催收」），這筆紀錄就會計入對該債權人的投訴。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>{name}不是可以附加的檔案。</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>App message</source>
        <translation>App 訊息</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>登門</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>夜間催收</translation>
    </message>
    <message>
        <source>too many that day</source>
        <translation>當天次數過多</translation>
    </message>
    <message>
        <source>contacted others</source>
        <translation>聯絡他人</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>威脅</translation>
    </message>
    <message>
        <source>insults</source>
        <translation>辱罵</translation>
    </message>
    <message>
        <source>false legal claims</source>
        <translation>虛假法律後果</translation>
    </message>
    <message>
        <source>posed as an official</source>
        <translation>冒充公務人員</translation>
    </message>
    <message>
        <source>Contacted my family, employer or phone contacts</source>
        <extracomment>The wording of the conduct checkboxes: what happened, in the borrower&apos;s words.</extracomment>
        <translation>聯絡了我的家人、雇主或通訊錄聯絡人</translation>
    </message>
    <message>
        <source>Threatened me (violence, exposure, harm to me or my family)</source>
        <translation>威脅我（暴力、曝光、傷害我或我的家人）</translation>
    </message>
    <message>
        <source>Insulted or humiliated me</source>
        <translation>辱罵或羞辱我</translation>
    </message>
    <message>
        <source>Claimed false legal consequences (e.g. arrest, prison, a criminal case)</source>
        <translation>聲稱虛假的法律後果（例如拘留、坐牢、刑事立案）</translation>
    </message>
    <message>
        <source>Pretended to be police, a court, a lawyer or an official</source>
        <translation>冒充警察、法院、律師或公務人員</translation>
    </message>
    <message>
        <source>Outside the allowed hours {start}–{end}</source>
        <translation>在允許的時段 {start}–{end} 之外</translation>
    </message>
    <message>
        <source>More than {n} contacts from this company that day</source>
        <translation>當天這家公司聯絡超過 {n} 次</translation>
    </message>
</context>
<context>
    <name>ContactRulesDialog</name>
    <message>
        <source>Contact rules</source>
        <translation>催收規則</translation>
    </message>
    <message>
        <source>Contacts from this time on are flagged as at night.</source>
        <translation>從這個時間起的聯絡會被標為夜間催收。</translation>
    </message>
    <message>
        <source>More contacts than this from one company in a day are flagged.</source>
        <translation>同一公司一天內聯絡超過這個次數會被標為警示。</translation>
    </message>
    <message>
        <source>Collectors may contact you only during these hours and only so often. The defaults follow common rules in China (08:00–21:00); change them to the rules where you live. This is not legal advice.</source>
        <translation>催收方只能在這些時段內、以有限的頻率聯絡您。預設值依據中國的常見規定（08:00–21:00）；請按您所在地的規定修改。以上不構成法律意見。</translation>
    </message>
    <message>
        <source>Contacts allowed from</source>
        <translation>允許聯絡的時間從</translation>
    </message>
    <message>
        <source>until</source>
        <translation>到</translation>
    </message>
    <message>
        <source>At most this many a day</source>
        <translation>每天最多次數</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
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
        <translation>催收員</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>對方所說</translation>
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
        <translation>按公司、催收員、號碼或對話內容篩選…</translation>
    </message>
    <message>
        <source>Only fl&amp;agged</source>
        <translation>只看有警示的(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation>記錄一次催收(&amp;L)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>編輯(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open attachment</source>
        <translation>開啟附件(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>規則(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>刪除催收紀錄</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>All debts</source>
        <translation>所有債務</translation>
    </message>
    <message>
        <source>{n} contacts logged, {flagged} flagged</source>
        <translation>已記錄 {n} 次催收，{flagged} 次有警示</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>allowed {start}–{end}, at most {max} a day from one company</source>
        <translation>允許聯絡時間 {start}–{end}，同一公司每天最多 {max} 次</translation>
    </message>
    <message>
        <source>Choose a contact above to see it in full.</source>
        <translation>在上方選擇一筆紀錄，即可檢視全部內容。</translation>
    </message>
    <message>
        <source>No contacts logged yet. After each call, message or visit from a collector, log it here: when, who, what was said. Flagged contacts can support a complaint.</source>
        <translation>還沒有催收紀錄。每次接到催收電話、簡訊或登門後，請在這裡記下：時間、對方是誰、說了什麼。有警示的紀錄可以作為投訴的依據。</translation>
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
        <translation>未知來電</translation>
    </message>
    <message>
        <source>About: {debt}</source>
        <translation>涉及：{debt}</translation>
    </message>
    <message>
        <source>Promised: {text}</source>
        <translation>承諾：{text}</translation>
    </message>
    <message>
        <source>Delete the contact of {when} ({who}) and its {n} attached files from the log?
You can undo this with Edit ▸ Undo.</source>
        <translation>從紀錄中刪除{when}的這次催收（{who}）及其{n}個附件？
可以透過「編輯 ▸ 復原」恢復。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>開啟附件</translation>
    </message>
    <message>
        <source>The file {name} is missing: it should be in {folder}, but it was moved or deleted outside DebtDesk.</source>
        <translation>檔案{name}不見了：它本應在{folder}中，但已在 DebtDesk 之外被移動或刪除。</translation>
    </message>
    <message>
        <source>The file {name} has changed since it was attached (its checksum differs), so it may no longer be the original evidence. Open it anyway?</source>
        <translation>檔案{name}在附加之後被改動過（檢查碼不同），可能已不是原始證據。仍要開啟嗎？</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{name} is a kind of file that can run a program on this computer. Open it only if you trust where it came from.</source>
        <translation>{name}是一種可以在這台電腦上執行程式的檔案。請只在確信來源可靠時開啟。</translation>
    </message>
    <message>
        <source>No program on this computer could open {name}.</source>
        <translation>這台電腦上沒有能開啟{name}的程式。</translation>
    </message>
</context>
<context>
    <name>CrashFunnel</name>
    <message>
        <source>Something went wrong. Your data is safe: every change is saved when it is made.

What you did last may not have finished; you can carry on, or close DebtDesk and open it again.</source>
        <translation>出了點問題。您的資料是安全的：每一項更改都在做出時就已儲存。

您最後一步操作可能沒有完成；您可以繼續使用，也可以關閉 DebtDesk 後重新開啟。</translation>
    </message>
    <message>
        <source>The details are kept in {path}.</source>
        <translation>詳細資訊儲存在{path}。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出了點問題</translation>
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
        <translation>債權人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Enters</source>
        <translation>進入</translation>
    </message>
    <message>
        <source>Penalties and fees by then</source>
        <translation>屆時的遲延利息及費用</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>現在該做什麼</translation>
    </message>
    <message>
        <source>What lenders typically do at this stage:</source>
        <translation>這個階段債權人通常會：</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>您可以：</translation>
    </message>
    <message>
        <source>Getting ready to negotiate</source>
        <translation>準備協商</translation>
    </message>
    <message>
        <source>Overdue, and due in the next 45 days</source>
        <translation>已逾期及未來 45 天內到期的還款</translation>
    </message>
    <message>
        <source>Coming stage changes if nothing is paid</source>
        <translation>如果不還款，即將發生的階段變化</translation>
    </message>
    <message>
        <source>Show where the money goes: each debt not yet due, overdue, and penalties</source>
        <translation>以圖表顯示欠款構成：各筆債務的未到期、已逾期部分及遲延利息</translation>
    </message>
    <message>
        <source>Budget: {amount} {currency} a month left for debts (statement of {date}).</source>
        <translation>預算：每月可用於還債 {amount} {currency}（{date}的收支狀況表）。</translation>
    </message>
    <message>
        <source>Budget: none yet. Lenders ask for one; start it on the Budget page.</source>
        <translation>預算：還沒有。債權人會要求提供；請在「預算」頁開始填寫。</translation>
    </message>
    <message>
        <source>Evidence: {done} of {total} items obtained or sent.</source>
        <translation>證明文件：{total}項中已取得或寄出{done}項。</translation>
    </message>
    <message>
        <source>Evidence: no checklist yet (Evidence page).</source>
        <translation>證明文件：還沒有清單（「證明文件」頁）。</translation>
    </message>
    <message>
        <source>Collector contacts: {n} logged, {flagged} with conduct that breaks the rules.</source>
        <translation>催收紀錄：已記錄{n}次，其中{flagged}次有違規行為。</translation>
    </message>
    <message>
        <source>Working out where {n} debts stand…</source>
        <translation>正在計算 {n} 筆債務的狀況…</translation>
    </message>
    <message>
        <source>{currency}: {owed} owed in all, {overdue} of it overdue; penalties and fees so far {penalties}</source>
        <translation>{currency}：共欠{owed}，其中逾期{overdue}；迄今遲延利息及費用{penalties}</translation>
    </message>
    <message>
        <source>No debts yet. Add one under Debts.</source>
        <translation>還沒有債務。請在「債務」頁新增。</translation>
    </message>
    <message>
        <source>Nothing is overdue as of {date}.</source>
        <translation>截至{date}，沒有逾期款項。</translation>
    </message>
    <message>
        <source>The most urgent: {lender}, {days} days past due ({stage}).</source>
        <translation>最緊急的一筆：{lender}，逾期{days}天（{stage}）。</translation>
    </message>
</context>
<context>
    <name>DebtDetail</name>
    <message>
        <source>Overview</source>
        <translation>概況</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>還款計畫</translation>
    </message>
    <message>
        <source>Record a payment…</source>
        <translation>記錄一筆還款…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>還款紀錄</translation>
    </message>
    <message>
        <source>Show the balance over time</source>
        <translation>顯示欠款餘額的變化</translation>
    </message>
    <message>
        <source>Show what waiting costs</source>
        <translation>顯示拖延的代價</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Choose a debt above to see its schedule and payments.</source>
        <translation>在上方選擇一筆債務，即可檢視它的還款計畫和還款紀錄。</translation>
    </message>
    <message>
        <source>{annual}% a year ({daily}% a day)</source>
        <translation>年利率{annual}%（日利率{daily}%）</translation>
    </message>
    <message>
        <source>true APR {apr}%</source>
        <translation>實際年化利率{apr}%</translation>
    </message>
    <message>
        <source>until paid off</source>
        <translation>直至還清</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n}個月</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>債權人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
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
        <translation>利率檢查</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>還款方式</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
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
        <translation>{amount}；未還期數：{n}</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>已還</translation>
    </message>
    <message>
        <source>Total interest over the term</source>
        <translation>整個期限的利息合計</translation>
    </message>
    <message>
        <source>Penalties and fees charged so far</source>
        <translation>迄今已計收的遲延利息及費用</translation>
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
        <translation>如果不還款將進入{stage}；屆時遲延利息及費用{cost}</translation>
    </message>
    <message>
        <source>Lenders typically</source>
        <translation>債權人通常會</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>您可以</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>DebtDialog</name>
    <message>
        <source>Edit debt</source>
        <translation>編輯債務</translation>
    </message>
    <message>
        <source>Add a debt</source>
        <translation>新增債務</translation>
    </message>
    <message>
        <source>e.g. 招商银行, 借呗, a friend&apos;s name</source>
        <translation>例如：招商銀行、借唄、朋友的名字</translation>
    </message>
    <message>
        <source>same day as the start</source>
        <translation>與起始日同一天</translation>
    </message>
    <message>
        <source>The loan</source>
        <translation>借款</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>債權人</translation>
    </message>
    <message>
        <source>Lender is a</source>
        <translation>債權人類型</translation>
    </message>
    <message>
        <source>Kind of debt</source>
        <translation>債務類型</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Amount borrowed</source>
        <translation>借款金額</translation>
    </message>
    <message>
        <source>Fees taken at the start</source>
        <translation>放款時扣除的費用</translation>
    </message>
    <message>
        <source>Service fees deducted from the money you received; they raise the true rate.</source>
        <translation>從到手金額中扣除的服務費等；它們會推高實際利率。</translation>
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
        <translation>每月還款日</translation>
    </message>
    <message>
        <source>In shorter months a due day of 29–31 falls on the month&apos;s last day.</source>
        <translation>在較短的月份，29–31日的還款日落在當月最後一天。</translation>
    </message>
    <message>
        <source>Contract rate</source>
        <translation>合約利率</translation>
    </message>
    <message>
        <source>Repayment method</source>
        <translation>還款方式</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先</translation>
    </message>
    <message>
        <source>Keep paying this one first</source>
        <translation>優先償還這筆</translation>
    </message>
    <message>
        <source>A mortgage, a car needed for work: provided for before other lenders share what is left.</source>
        <translation>房貸、工作需要的車貸等：在其他債權人分配剩餘資金之前先予保障。</translation>
    </message>
    <message>
        <source>If a payment is late</source>
        <translation>逾期時</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>寬限天數</translation>
    </message>
    <message>
        <source>Penalty rate above contract rate (%)</source>
        <translation>遲延利息利率加成比例（%）</translation>
    </message>
    <message>
        <source>Often 30–50%, charged daily.</source>
        <translation>通常為30–50%，按日計收。</translation>
    </message>
    <message>
        <source>Penalty interest is charged</source>
        <translation>遲延利息計收基數</translation>
    </message>
    <message>
        <source>Unpaid interest</source>
        <translation>未還利息</translation>
    </message>
    <message>
        <source>also carries penalty interest (复利)</source>
        <translation>也計收遲延利息（複利）</translation>
    </message>
    <message>
        <source>Common for bank loans; without it an interest-only loan costs nothing late until maturity.</source>
        <translation>銀行貸款常見；沒有這一條，先息後本的貸款在到期前逾期不產生費用。</translation>
    </message>
    <message>
        <source>Fixed penalty rate (% a year)</source>
        <translation>固定遲延利息利率（年利率%）</translation>
    </message>
    <message>
        <source>Only if the contract names one (e.g. for a 0% loan); empty: the contract rate plus the markup above.</source>
        <translation>僅在合約寫明時填寫（例如0%利率的借款）；留空則為合約利率加上面的加成比例。</translation>
    </message>
    <message>
        <source>A payment goes first to</source>
        <translation>還款首先沖抵</translation>
    </message>
    <message>
        <source>Most Chinese loan contracts follow the Civil Code: fees, interest, then principal.</source>
        <translation>大多數中國大陸的借款合約依照《民法典》：先費用，再利息，後本金。</translation>
    </message>
    <message>
        <source>Late fee per missed instalment</source>
        <translation>每期逾期的違約金</translation>
    </message>
    <message>
        <source>Late fee, % of the missed instalment</source>
        <translation>違約金（佔逾期應還款的%）</translation>
    </message>
    <message>
        <source>Card minimum payment (% of balance)</source>
        <translation>信用卡最低應繳（佔餘額的%）</translation>
    </message>
    <message>
        <source>Card minimum payment at least</source>
        <translation>信用卡最低應繳至少</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資訊</translation>
    </message>
    <message>
        <source>Account or card number</source>
        <translation>帳號或卡號</translation>
    </message>
    <message>
        <source>Shown masked elsewhere in the app.</source>
        <translation>在程式的其他地方會部分隱藏顯示。</translation>
    </message>
    <message>
        <source>Lender contacts</source>
        <translation>債權人聯絡方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>First payment {amount} on {date}</source>
        <translation>首期還款{amount}，{date}</translation>
    </message>
    <message>
        <source>{count} payments, total interest {interest}</source>
        <translation>共{count}期，利息合計{interest}</translation>
    </message>
    <message>
        <source>Rate {annual}% a year = {daily}% a day</source>
        <translation>年利率{annual}% = 日利率{daily}%</translation>
    </message>
    <message>
        <source>true APR {apr}%</source>
        <translation>實際年化利率{apr}%</translation>
    </message>
</context>
<context>
    <name>DebtsModel</name>
    <message>
        <source>paid off</source>
        <translation>已還清</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>債權人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation>逾期金額</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>逾期天數</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Interest check</source>
        <translation>利率檢查</translation>
    </message>
</context>
<context>
    <name>EmptyDebts</name>
    <message>
        <source>No debts in this file yet</source>
        <translation>這個檔案裡還沒有債務</translation>
    </message>
    <message>
        <source>Start with the debt that worries you most. Have its contract, statement or app at hand: the amount borrowed, the rate, how it is repaid and the due day. Add the payments you have made; DebtDesk works out the schedule, how far behind it is and what waiting costs.</source>
        <translation>從最讓您擔心的那筆債務開始。把合約、帳單或 App 準備好：借款金額、利率、還款方式和還款日。再新增您已經還過的款項；DebtDesk 會算出還款計畫、逾期多久，以及拖延要付出的代價。</translation>
    </message>
    <message>
        <source>&amp;Add your first debt…</source>
        <translation>新增第一筆債務(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the e&amp;xample household</source>
        <translation>開啟範例家庭(&amp;X)</translation>
    </message>
    <message>
        <source>A made-up household in its own file, to look around first.</source>
        <translation>一個虛構的家庭，儲存在單獨的檔案裡，可以先看看。</translation>
    </message>
    <message>
        <source>Read the &amp;guide</source>
        <translation>閱讀指南(&amp;G)</translation>
    </message>
    <message>
        <source>Words such as 等额本息, 罚息 or M2 are explained in the glossary.</source>
        <translation>等額本息、遲延利息（罰息）、M2 等詞語在術語表中都有解釋。</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <source>{name} is encrypted and was not opened: no passphrase was given.</source>
        <translation>{name} 已加密，沒有輸入密碼，所以未開啟。</translation>
    </message>
    <message>
        <source>&amp;Encrypt this file…</source>
        <translation>加密這個檔案(&amp;E)…</translation>
    </message>
    <message>
        <source>Remove e&amp;ncryption…</source>
        <translation>取消加密(&amp;N)…</translation>
    </message>
    <message>
        <source>Encrypt this file</source>
        <translation>加密這個檔案</translation>
    </message>
    <message>
        <source>{name} is already encrypted.</source>
        <translation>{name} 已經加密。</translation>
    </message>
    <message>
        <source>{name} is open read-only, so it cannot be encrypted here.</source>
        <translation>{name} 以唯讀方式開啟，所以無法在這裡加密。</translation>
    </message>
    <message>
        <source>{name} is now encrypted, with {files} attached files and {backups} backups. DebtDesk will ask for the passphrase each time it opens the file.</source>
        <translation>{name} 已加密，連同 {files} 個附件和 {backups} 份備份。之後每次開啟這個檔案，DebtDesk 都會要求輸入密碼。</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>取消加密</translation>
    </message>
    <message>
        <source>{name} is not encrypted.</source>
        <translation>{name} 沒有加密。</translation>
    </message>
    <message>
        <source>{name} is open read-only, so its encryption cannot be removed here.</source>
        <translation>{name} 以唯讀方式開啟，所以無法在這裡取消加密。</translation>
    </message>
    <message>
        <source>Store {name}, its attached files and its backups without encryption? Anyone who can read your files on this computer will then be able to read them.</source>
        <translation>要取消 {name} 及其附件和備份的加密嗎？之後，凡是能讀取你在這台電腦上檔案的人，都能看到其中的內容。</translation>
    </message>
    <message>
        <source>Keep it encrypted</source>
        <translation>維持加密</translation>
    </message>
    <message>
        <source>{name} is no longer encrypted, nor are its {files} attached files and {backups} backups.</source>
        <translation>{name} 已取消加密，它的 {files} 個附件和 {backups} 份備份也已取消加密。</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Identity document (ID card or passport)</source>
        <extracomment>Every template title of domain/evidence.py, for lupdate (a test keeps the two in step).</extracomment>
        <translation>身分證件（身分證或護照）</translation>
    </message>
    <message>
        <source>Income proof: recent pay slips</source>
        <translation>收入證明：近期薪資單</translation>
    </message>
    <message>
        <source>Bank statements for the last 3–6 months</source>
        <translation>近3至6個月的銀行往來明細</translation>
    </message>
    <message>
        <source>A written statement of your situation</source>
        <translation>個人情況說明書</translation>
    </message>
    <message>
        <source>The loan contract and recent statements</source>
        <translation>借款合約及近期帳單</translation>
    </message>
    <message>
        <source>Your credit report</source>
        <translation>個人信用報告</translation>
    </message>
    <message>
        <source>Diagnosis certificate</source>
        <translation>診斷證明書</translation>
    </message>
    <message>
        <source>Hospital admission and discharge records</source>
        <translation>住院及出院紀錄</translation>
    </message>
    <message>
        <source>Medical bills and receipts</source>
        <translation>醫療費用收據</translation>
    </message>
    <message>
        <source>Termination letter</source>
        <translation>資遣或離職證明</translation>
    </message>
    <message>
        <source>Unemployment registration</source>
        <translation>失業登記證明</translation>
    </message>
    <message>
        <source>New, lower pay slips</source>
        <translation>降薪後的薪資單</translation>
    </message>
    <message>
        <source>Contracts for the delayed work or sale</source>
        <translation>相關業務合約（工程或銷售）</translation>
    </message>
    <message>
        <source>Proof that the payment to you is delayed</source>
        <translation>貨款（工程款）延遲給付的證明</translation>
    </message>
    <message>
        <source>School hardship certificate</source>
        <translation>學校出具的經濟困難證明</translation>
    </message>
    <message>
        <source>Proof of enrolment</source>
        <translation>在學證明</translation>
    </message>
    <message>
        <source>Certificates of the family emergency</source>
        <translation>家庭變故相關證明</translation>
    </message>
    <message>
        <source>Official notices of the disaster</source>
        <translation>政府發布的災害公告或證明</translation>
    </message>
</context>
<context>
    <name>EvidenceItemDialog</name>
    <message>
        <source>What document</source>
        <translation>什麼檔案</translation>
    </message>
    <message>
        <source>e.g. rent contract</source>
        <translation>例如：租屋合約</translation>
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
        <translation>失業或收入減少</translation>
    </message>
    <message>
        <source>Business or project payment delay</source>
        <translation>經營或工程款項被拖延</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>學生</translation>
    </message>
    <message>
        <source>Family emergency</source>
        <translation>家庭變故</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>自然災害</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>待取得</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申請</translation>
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
        <translation>{count}（缺失{missing}個）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申請日期</translation>
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
        <translation>檔案</translation>
    </message>
    <message>
        <source>What made it hard to pay?</source>
        <translation>是什麼原因讓您難以還款？</translation>
    </message>
    <message>
        <source>Propose checklist</source>
        <translation>產生清單</translation>
    </message>
    <message>
        <source>Adds the documents usually asked for in these situations; items already in the list are kept.</source>
        <translation>新增這些情況下通常需要的證明文件；清單中已有的項目會保留。</translation>
    </message>
    <message>
        <source>Lenders agree more readily when they can see proof. Tick what happened above and press “Propose checklist”, or add your own items.</source>
        <translation>債權人看到證明時更容易同意。請在上方勾選發生的情況，然後點選「產生清單」，或自行新增項目。</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>新增項目…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
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
        <translation>選取的項目</translation>
    </message>
    <message>
        <source>Mark as:</source>
        <translation>標記為：</translation>
    </message>
    <message>
        <source>The date the status takes: today unless you choose an earlier day.</source>
        <translation>狀態的日期：預設為今天，也可以選擇更早的日期。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Who to ask, what was promised, where the original is…</source>
        <translation>向誰索取、對方承諾了什麼、正本放在哪裡…</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>儲存備註</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>附加檔案…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除檔案</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Files (copies kept with this household&apos;s data)</source>
        <translation>檔案（副本與這個家庭的資料儲存在一起）</translation>
    </message>
    <message>
        <source>{done} of {total} obtained or sent</source>
        <translation>{total}項中已取得或寄出{done}項</translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation>還沒有項目</translation>
    </message>
    <message>
        <source>{requested} requested, {needed} still needed</source>
        <translation>已申請{requested}項，仍需{needed}項</translation>
    </message>
    <message>
        <source>Choose an item in the list.</source>
        <translation>請在列表中選擇一個項目。</translation>
    </message>
    <message>
        <source>Requested {date}</source>
        <translation>{date}申請</translation>
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
        <translation>{name}（{size}，{date}新增）</translation>
    </message>
    <message>
        <source>{file} — missing</source>
        <translation>{file} — 缺失</translation>
    </message>
    <message>
        <source>One stored copy is missing: it was deleted or moved outside DebtDesk. Attach the file again if you still have it.</source>
        <translation>有一份儲存的副本不見了：它已在 DebtDesk 之外被刪除或移動。如果您還有這個檔案，請重新附加。</translation>
    </message>
    <message>
        <source>{count} stored copies are missing: they were deleted or moved outside DebtDesk. Attach the files again if you still have them.</source>
        <translation>有{count}份儲存的副本不見了：它們已在 DebtDesk 之外被刪除或移動。如果您還有這些檔案，請重新附加。</translation>
    </message>
    <message>
        <source>The list already has every document usually asked for in these situations.</source>
        <translation>這些情況下通常需要的證明文件都已在清單中。</translation>
    </message>
    <message>
        <source>Add an item to the checklist</source>
        <translation>向清單新增項目</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>重新命名項目</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>開啟檔案</translation>
    </message>
    <message>
        <source>The copy of “{name}” that DebtDesk kept is missing: it was deleted or moved outside DebtDesk.
If you still have the original, remove this entry and attach the file again.</source>
        <translation>DebtDesk 儲存的「{name}」副本不見了：它已在 DebtDesk 之外被刪除或移動。
如果您還有正本，請移除這一項後重新附加。</translation>
    </message>
    <message>
        <source>“{name}” has changed since it was attached (its checksum no longer matches), so it may not be the document you kept. Open it anyway?</source>
        <translation>「{name}」在附加之後被改動過（檢查碼不再一致），可能已不是您儲存的那份檔案。仍要開啟嗎？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>“{name}” is a kind of file that can run a program. Open it only if you trust it.</source>
        <translation>「{name}」是一種可以執行程式的檔案。請只在信任它時開啟。</translation>
    </message>
    <message>
        <source>No program on this computer opened “{name}”.</source>
        <translation>這台電腦上沒有程式開啟「{name}」。</translation>
    </message>
</context>
<context>
    <name>ExampleBanner</name>
    <message>
        <source>Example data — nothing here is yours.</source>
        <translation>範例資料——這裡的內容都不是您的。</translation>
    </message>
    <message>
        <source>A made-up household, kept in a file of its own to show how DebtDesk works. Change anything you like; your own debts go in your own file.</source>
        <translation>一個虛構的家庭，儲存在單獨的檔案裡，用來展示 DebtDesk 的用法。可以隨意修改；您自己的債務請記在您自己的檔案裡。</translation>
    </message>
    <message>
        <source>&amp;Start my own file</source>
        <translation>開始使用我自己的檔案(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Ex&amp;port</source>
        <translation>匯出(&amp;P)</translation>
    </message>
    <message>
        <source>Debts &amp;register as CSV…</source>
        <translation>債務列表（CSV）(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Schedule of the chosen debt as CSV…</source>
        <translation>所選債務的還款計畫（CSV）(&amp;S)…</translation>
    </message>
    <message>
        <source>Schedule of the chosen debt as &amp;PDF to print…</source>
        <translation>所選債務的還款計畫（列印用 PDF）(&amp;P)…</translation>
    </message>
    <message>
        <source>Collector &amp;contacts as CSV…</source>
        <translation>催收紀錄（CSV）(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Budget as CSV…</source>
        <translation>預算（CSV）(&amp;B)…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>試算表用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>無法匯出</translation>
    </message>
    <message>
        <source>{path} could not be written: {problem}</source>
        <translation>無法寫入{path}：{problem}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已匯出到{path}</translation>
    </message>
    <message>
        <source>Export the debts register</source>
        <translation>匯出債務列表</translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation>匯出還款計畫</translation>
    </message>
    <message>
        <source>Export the collector contact log</source>
        <translation>匯出催收紀錄</translation>
    </message>
    <message>
        <source>Export the budget</source>
        <translation>匯出預算</translation>
    </message>
    <message>
        <source>There is no budget in this file yet. Start one on the Budget page.</source>
        <translation>這個檔案中還沒有預算。請在「預算」頁新增一份。</translation>
    </message>
    <message>
        <source>Print the schedule to PDF</source>
        <translation>將還款計畫列印為 PDF</translation>
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
        <translation>還款計畫：{lender}</translation>
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
        <translation>還款額</translation>
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
        <translation>還款後餘額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已還</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>部分已還</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Overdue, part paid</source>
        <translation>逾期，部分已還</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Made with DebtDesk · page {page}</source>
        <translation>由 DebtDesk 產生 · 第{page}頁</translation>
    </message>
</context>
<context>
    <name>FileBanner</name>
    <message>
        <source>Read-only: another program has this file open for writing.</source>
        <translation>唯讀：另一個程式正以寫入方式開啟這個檔案。</translation>
    </message>
    <message>
        <source>Read-only: this file or its folder cannot be written; changes cannot be saved. File ▸ Save a copy makes a copy you can change.</source>
        <translation>唯讀：這個檔案或其所在資料夾無法寫入，更改無法儲存。「檔案 ▸ 另存副本」可以產生一份可修改的副本。</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>唯讀。</translation>
    </message>
    <message>
        <source>An older DebtDesk wrote this file; it is shown through an updated copy and was not changed.</source>
        <translation>這個檔案由舊版 DebtDesk 寫入；目前顯示的是更新後的副本，原檔案未被更改。</translation>
    </message>
    <message>
        <source>DebtDesk was interrupted while saving last time; that unfinished change was undone and everything saved before it is intact.</source>
        <translation>DebtDesk 上次儲存時被中斷；那項未完成的更改已被撤回，之前儲存的所有內容都完好無損。</translation>
    </message>
    <message>
        <source>Upgraded from an older DebtDesk; the file as it was is kept in its backups folder.</source>
        <translation>已從舊版 DebtDesk 升級；升級前的檔案儲存在它的備份資料夾中。</translation>
    </message>
    <message>
        <source>Removed what an interrupted import, copy or backup had left behind.</source>
        <translation>已清除被中斷的匯入、複製或備份所留下的內容。</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {problem}</source>
        <translation>今天的備份未能完成：{problem}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>DebtDesk files (*{suffix});;All files (*)</source>
        <translation>DebtDesk 檔案 (*{suffix});;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Welcome to DebtDesk</source>
        <translation>歡迎使用 DebtDesk</translation>
    </message>
    <message>
        <source>DebtDesk keeps your debts in one file on this computer; nothing is sent anywhere.

Would you like to look around with an example household first? It is kept in its own file, so your own data never mixes with it. File ▸ New starts your own file at any time.</source>
        <translation>DebtDesk 把您的債務儲存在這台電腦上的一個檔案裡，不會傳送到任何地方。

要不要先用一個範例家庭看看？它儲存在單獨的檔案裡，不會和您自己的資料混在一起。隨時可以透過「檔案 ▸ 新增」開始使用您自己的檔案。</translation>
    </message>
    <message>
        <source>Show the example</source>
        <translation>檢視範例</translation>
    </message>
    <message>
        <source>Start with my own debts</source>
        <translation>從我自己的債務開始</translation>
    </message>
    <message>
        <source>{name} is damaged and was left untouched.</source>
        <translation>{name}已損壞，保持原樣未作改動。</translation>
    </message>
    <message>
        <source>Could not reopen the last file</source>
        <translation>無法重新開啟上次的檔案</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <source>New DebtDesk file</source>
        <translation>新增 DebtDesk 檔案</translation>
    </message>
    <message>
        <source>Could not create the file</source>
        <translation>無法建立檔案</translation>
    </message>
    <message>
        <source>Open a DebtDesk file</source>
        <translation>開啟 DebtDesk 檔案</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Could not save the copy</source>
        <translation>無法儲存副本</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>副本已儲存到{path}</translation>
    </message>
    <message>
        <source>No free file name for the example household in {folder}.</source>
        <translation>在{folder}中找不到可用於範例家庭的檔名。</translation>
    </message>
    <message>
        <source>Could not open the example</source>
        <translation>無法開啟範例</translation>
    </message>
    <message>
        <source>Could not open your file</source>
        <translation>無法開啟您的檔案</translation>
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
        <translation>以上為一般性資訊，不構成法律意見。</translation>
    </message>
    <message>
        <source>Complaints about collection conduct: 12378 and 12363</source>
        <translation>投訴違規催收：12378 和 12363</translation>
    </message>
    <message>
        <source>Collectors may not call at night or over and over, threaten or insult you, contact your family, employer or phone contacts, make false legal claims or pretend to be officials. Keep your log, recordings and screenshots. You can complain to the financial regulator&apos;s consumer hotline 12378, to the central bank&apos;s hotline 12363, or, about an online lending platform, to the internet finance association. A complaint does not change what you owe, and you can keep negotiating.</source>
        <translation>催收方不得在夜間或反覆撥打電話，不得威脅或辱罵您，不得聯絡您的家人、雇主或通訊錄聯絡人，不得虛構法律後果或冒充公務人員。請保留您的紀錄、錄音和截圖。您可以撥打金融監管部門的消費者投訴熱線 12378、中國人民銀行的 12363 進行投訴；如涉及網路借貸平台，也可以向互聯網金融協會反映。投訴不會改變您所欠的金額，您仍可以繼續協商。</translation>
    </message>
    <message>
        <source>Free legal aid: 12348</source>
        <translation>免費法律援助：12348</translation>
    </message>
    <message>
        <source>If you receive a court summons, a judgment or an enforcement notice, or want to understand your legal position, call the legal aid hotline 12348 or visit a local legal aid centre. Advice is free, and people on low incomes can be assigned a lawyer. Reply to every court document by the deadline it states.</source>
        <translation>如果收到法院傳票、判決書或執行通知，或想了解自己的法律處境，請撥打法律援助熱線 12348，或前往當地的法律援助中心。諮詢免費，收入較低的人還可以獲得指派的律師。每一份法院文書都要在其寫明的期限內答覆。</translation>
    </message>
    <message>
        <source>Paid &apos;debt negotiation&apos; agencies</source>
        <translation>收費的「債務協商」機構</translation>
    </message>
    <message>
        <source>Some agencies promise to stop interest and collection (停息挂账) for a fee, and ask for your ID documents, bank cards or money up front; regulators have warned against them. You can ask a lender for everything they offer — a pause, instalments, a waiver of penalties — yourself, directly and for free. Never hand over your ID card, bank cards or passwords, and never pay a fee in advance.</source>
        <translation>有些機構聲稱收費後可以幫您「停息掛帳」、停止催收，並要求您先交出身分證件、銀行卡或預付費用；監管部門已對此發出警示。暫停還款、分期、減免遲延利息等，您都可以自己直接向債權人免費申請。切勿交出身分證、銀行卡或密碼，也切勿預付任何費用。</translation>
    </message>
    <message>
        <source>Send these documents to your lender yourself: you can ask for a pause, instalments or a waiver directly and for free. No paid &apos;debt negotiation&apos; agency needs your ID card, bank cards or passwords.</source>
        <translation>請自己把這些資料寄給債權人：暫停還款、分期或減免，都可以直接免費申請。任何收費的「債務協商」機構都不需要您的身分證、銀行卡或密碼。</translation>
    </message>
    <message>
        <source>Current or within grace</source>
        <translation>正常或在寬限期內</translation>
    </message>
    <message>
        <source>Nothing, or a reminder before the due date.</source>
        <translation>沒有動作，或在到期日前傳送提醒。</translation>
    </message>
    <message>
        <source>Pay on time if you can. If you cannot, call the lender before the due date: asking early keeps the most options open.</source>
        <translation>能按時還款就按時還。如果還不上，請在到期日前致電債權人：儘早溝通，可選的辦法最多。</translation>
    </message>
    <message>
        <source>Early overdue (逾期初期): {days} days past due</source>
        <translation>逾期初期：逾期{days}天</translation>
    </message>
    <message>
        <source>Text messages, app notifications, automated and customer-service calls. A grace period is often still possible.</source>
        <translation>簡訊、App 通知、自動語音和客服電話。這時往往還能爭取到寬限。</translation>
    </message>
    <message>
        <source>Contact the lender yourself first. Explain what happened, ask for a grace period or a short deferral, and check the amount they say you owe.</source>
        <translation>先主動聯絡債權人。說明發生了什麼，申請寬限期或短期延期還款，並核對對方所說的欠款金額。</translation>
    </message>
    <message>
        <source>Mid overdue (逾期中期): {days} days past due</source>
        <translation>逾期中期：逾期{days}天</translation>
    </message>
    <message>
        <source>More calls, e-mails and letters, requests for a statement of your finances, possibly visits.</source>
        <translation>更多的電話、電子郵件和信函，要求您提供財務狀況說明，可能登門。</translation>
    </message>
    <message>
        <source>Write down your budget and a concrete plan. Gather evidence of your hardship. Negotiate, and get every agreement in writing.</source>
        <translation>寫下您的預算和具體的還款方案。收集困難的證明。進行協商，並讓每一項約定都落在紙面上。</translation>
    </message>
    <message>
        <source>Late overdue (逾期后期): {days} days past due</source>
        <translation>逾期後期：逾期{days}天</translation>
    </message>
    <message>
        <source>Outsourced collection agencies, a record on your credit report (commonly once a payment is a month overdue), legal notices.</source>
        <translation>委外催收機構介入，徵信出現逾期紀錄（通常在逾期滿一個月後），收到律師函等法律通知。</translation>
    </message>
    <message>
        <source>Negotiate formally, in writing, with your evidence. Assess the legal risk. Complain about any collection misconduct you have logged.</source>
        <translation>以書面形式、附上證明文件正式協商。評估法律風險。對已記錄的違規催收行為進行投訴。</translation>
    </message>
    <message>
        <source>Severe: {days} or more days past due</source>
        <translation>嚴重逾期：逾期{days}天及以上</translation>
    </message>
    <message>
        <source>The account may be charged off or sold; a lawsuit and enforcement are possible (dishonest-debtor list, spending restrictions).</source>
        <translation>帳戶可能被核銷或轉讓；可能被起訴並強制執行（列入失信被執行人名單、限制消費）。</translation>
    </message>
    <message>
        <source>Seek legal aid or a debt adviser. Respond to every court document on time, and keep copies of everything.</source>
        <translation>尋求法律援助或債務諮詢。按時回應每一份法院文書，並保留所有資料的副本。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Days past due (DPD, 逾期天数)</source>
        <translation>逾期天數（DPD）</translation>
    </message>
    <message>
        <source>How long a debt has been overdue, counted as lenders count it: from the due date of the oldest instalment that is still not paid in full. A partial payment that does not cover that instalment does not stop the count.</source>
        <translation>一筆債務已逾期多久，按債權人的算法計算：從最早一期尚未還清的款項的到期日起算。不足以還清該期的部分還款不會中止計算。</translation>
    </message>
    <message>
        <source>Overdue stages (逾期初期, 逾期中期, 逾期后期)</source>
        <translation>逾期階段（逾期初期、逾期中期、逾期後期）</translation>
    </message>
    <message>
        <source>DebtDesk sorts each debt into a stage by its days past due: current (or within the grace days), early 1–7 days, mid 8–30, late 31–90 and severe over 90. Each stage shows what lenders typically do and what you can do. Lenders differ: change the limits for all lenders or for one under Edit ▸ Overdue stages.</source>
        <translation>DebtDesk 按逾期天數把每筆債務歸入一個階段：正常（或在寬限期內）、逾期初期 1–7 天、逾期中期 8–30 天、逾期後期 31–90 天，以及超過 90 天的嚴重逾期。每個階段都會顯示債權人通常的做法和您可以做的事。各家債權人的標準不同：可以在「編輯 ▸ 逾期階段」中為所有債權人或某一家債權人修改天數。</translation>
    </message>
    <message>
        <source>M1, M2, M3, M3+ (overdue buckets)</source>
        <translation>M1、M2、M3、M3+（逾期帳齡）</translation>
    </message>
    <message>
        <source>How lenders and collection agencies group overdue accounts by month: M1 is 1–30 days past due, M2 31–60, M3 61–90 and M3+ more than 90. The later the bucket, the more likely the account has gone to outsourced collection, been reported on the credit record, or been sold on.</source>
        <translation>債權人和催收機構按月對逾期帳戶分組：M1 為逾期 1–30 天，M2 為 31–60 天，M3 為 61–90 天，M3+ 為超過 90 天。帳齡越長，帳戶越可能已經委外催收、被報送徵信或被轉讓。</translation>
    </message>
    <message>
        <source>Grace days (宽限期)</source>
        <translation>寬限期</translation>
    </message>
    <message>
        <source>Days after a due date in which a late payment still counts as on time: no penalty interest and no overdue record. Many credit cards allow about 3 days; many online loans allow none. Enter what your contract says.</source>
        <translation>到期日之後的若干天，在這幾天內還款仍視為按時還款：不計遲延利息，也不留逾期紀錄。很多信用卡有約 3 天的寬限期，很多網路貸款則沒有。請按合約填寫。</translation>
    </message>
    <message>
        <source>Penalty interest (罚息)</source>
        <translation>遲延利息（罰息）</translation>
    </message>
    <message>
        <source>Extra interest charged on what is overdue, for every day it stays unpaid: commonly the contract rate plus 30%–50% of it, on the overdue principal or on the whole overdue instalment. What has accrued stays owed until it is paid or waived; paying late does not undo it. Penalty interest and fees above the legal lines are commonly reduced on request.</source>
        <translation>對逾期款項按天額外計收的利息，只要未還就一直計算：通常為合約利率加成 30%–50%，以逾期本金或整期逾期應還款為基數。已經產生的遲延利息在還清或減免之前一直欠著，晚些還款並不能抹掉它。超過法定上限的遲延利息和費用，通常可以申請調減。</translation>
    </message>
    <message>
        <source>Compound interest (复利)</source>
        <translation>複利</translation>
    </message>
    <message>
        <source>Penalty interest charged on interest that is itself overdue. Common on bank loans. On an interest-only (先息后本) loan every missed instalment is interest, so without 复利 the penalty would be nothing until the principal falls due.</source>
        <translation>對本身已逾期的利息再計收遲延利息。銀行貸款中常見。先息後本的貸款每一期逾期的都是利息，如果沒有複利，在本金到期之前遲延利息為零。</translation>
    </message>
    <message>
        <source>Late fee (滞纳金, 违约金)</source>
        <translation>違約金（滯納金）</translation>
    </message>
    <message>
        <source>A fixed sum, or a share of the instalment, charged for each missed instalment on top of penalty interest.</source>
        <translation>每逾期一期，在遲延利息之外再收取的一筆固定金額或按該期應還款一定比例計算的費用。</translation>
    </message>
    <message>
        <source>How a payment is applied (Civil Code art. 561)</source>
        <translation>還款的沖抵順序（《民法典》第561條）</translation>
    </message>
    <message>
        <source>When a payment does not cover everything owed, the PRC Civil Code (art. 561) applies it, unless agreed otherwise, first to the costs of collection, then to interest (penalty interest included), then to principal. Credit cards and some platforms state their own order, such as the oldest instalment first. It is a setting of each debt.</source>
        <translation>還款不足以清償全部欠款時，除非另有約定，依照《民法典》第561條，先沖抵實現債權的費用，再沖抵利息（包括遲延利息），最後沖抵本金。信用卡和一些平台有自己的沖抵順序，例如先還最早一期。這是每筆債務的一項設定。</translation>
    </message>
    <message>
        <source>Equal instalment (等额本息)</source>
        <translation>等額本息</translation>
    </message>
    <message>
        <source>The same payment every month; early payments are mostly interest, later ones mostly principal. Payment = P·r·(1+r)^n / ((1+r)^n − 1), where P is the amount borrowed, r the annual rate divided by 12 and n the number of months. Example: 1,000,000 over 30 years at 4.9% a year is 5,307.27 a month.</source>
        <translation>每月還款額相同；前期還款大多是利息，後期大多是本金。月還款額 = P·r·(1+r)^n / ((1+r)^n − 1)，其中 P 為借款金額，r 為年利率除以 12，n 為月數。例如：100萬元、30年、年利率4.9%，每月還款5,307.27元。</translation>
    </message>
    <message>
        <source>Equal principal (等额本金)</source>
        <translation>等額本金</translation>
    </message>
    <message>
        <source>The same part of the principal every month (P / n) plus interest on what is still owed, so the payments start high and fall month by month. Less interest in all than 等额本息. Example: 1,000,000 over 30 years at 4.9% a year starts at 6,861.11.</source>
        <translation>每月償還相同的本金（P / n），再加上剩餘欠款的利息，所以還款額一開始高、之後逐月減少。總利息比等額本息少。例如：100萬元、30年、年利率4.9%，首月還款6,861.11元。</translation>
    </message>
    <message>
        <source>Interest first, principal at the end (先息后本)</source>
        <translation>先息後本</translation>
    </message>
    <message>
        <source>Only interest is paid each month, and the whole principal falls due with the last instalment, which is therefore large. Plan for that last payment early.</source>
        <translation>每月只還利息，全部本金隨最後一期一起到期，所以最後一期金額很大。請儘早為最後這筆還款做好準備。</translation>
    </message>
    <message>
        <source>All at maturity (一次性还本付息)</source>
        <translation>一次性還本付息</translation>
    </message>
    <message>
        <source>Principal and interest are paid in one sum at the end of the term. Common for private loans.</source>
        <translation>本金和利息在期限屆滿時一次付清。民間借貸中常見。</translation>
    </message>
    <message>
        <source>Credit card minimum payment (最低还款额)</source>
        <translation>信用卡最低應繳金額</translation>
    </message>
    <message>
        <source>The least you can pay on a credit card statement without the card counting as overdue, commonly 10% of the balance. Interest, commonly 0.05% a day, still runs on the unpaid part, so paying only the minimum takes years.</source>
        <translation>信用卡帳單上最少需要還的金額，還了它信用卡就不算逾期，通常為欠款餘額的 10%。未還部分仍會計息（通常為日利率 0.05%），所以只還最低應繳金額要很多年才能還清。</translation>
    </message>
    <message>
        <source>True APR (实际年化利率)</source>
        <translation>實際年化利率</translation>
    </message>
    <message>
        <source>The yearly cost of a loan worked out from the money that actually changed hands, fees included (the internal rate of return, IRR). Advertised rates often hide fees: a “monthly fee” of 0.5% of the original amount, repaid in equal instalments over a year, costs about 11% a year, not 6%. DebtDesk shows the true APR beside the contract rate and compares it with the legal lines.</source>
        <translation>根據實際到手和實際還出的資金（包括各項費用）算出的借款年成本，即內部收益率（IRR）。宣傳的利率常常把費用藏起來：按原始借款金額每月收取 0.5% 的「手續費」、一年內等額還清，實際年化約為 11%，而不是 6%。DebtDesk 會在合約利率旁顯示實際年化利率，並與法定利率線作比較。</translation>
    </message>
    <message>
        <source>Rate lines courts support (利率上限)</source>
        <translation>法院支持的利率上限</translation>
    </message>
    <message>
        <source>Courts do not support interest above certain lines. For private lending (民间借贷): four times the one-year Loan Prime Rate (LPR) when the contract was made, 12% a year with the LPR at 3.0%. For licensed lenders the commonly cited lines are 24% and 36% a year, fees included. Above the line, penalties and fees are commonly reduced on request. General information, not legal advice: a debt above a line is not void.</source>
        <translation>法院對超過一定標準的利息不予支持。民間借貸：合約成立時一年期貸款市場報價利率（LPR）的四倍，LPR 為 3.0% 時即年利率 12%。對持牌金融機構，常被引用的標準是年利率 24% 和 36%（含各項費用）。超出部分的遲延利息和費用，通常可以申請調減。以上為一般性資訊，不構成法律意見：超過上限的債務並不因此無效。</translation>
    </message>
    <message>
        <source>Disposable income</source>
        <translation>可支配收入</translation>
    </message>
    <message>
        <source>What is left each month for all debts together: income minus essential expenses (housing, food, utilities, transport, medical costs, childcare…). Every proposal is checked against it; lenders ask for it as an income and expenditure statement.</source>
        <translation>每月可用於償還全部債務的錢：收入減去必要支出（居住、餐飲、水電瓦斯、交通、醫療、子女照顧……）。每個方案都會據此檢查；債權人會以收支狀況表的形式要求提供。</translation>
    </message>
    <message>
        <source>Priority debts</source>
        <translation>優先債務</translation>
    </message>
    <message>
        <source>Debts whose default costs a home or a livelihood: the mortgage or rent, a car loan when the car is needed for work, and similar. They are provided for, like essentials, before anything is offered to the other lenders.</source>
        <translation>一旦違約就會失去住房或生計的債務：房貸或房租、工作需要用車時的車貸，等等。它們和必要支出一樣，要在向其他債權人提供還款之前先予保障。</translation>
    </message>
    <message>
        <source>Fair share (pro rata)</source>
        <translation>依比例分配</translation>
    </message>
    <message>
        <source>When you owe several lenders and cannot pay them all in full, what is left after essentials and priority debts is split between them in proportion to what each is owed. Offering every lender the same proportion is the practice of UK debt advice, and a letter can say that all are offered the same.</source>
        <translation>欠多家債權人、無法全部足額償還時，扣除必要支出和優先債務後剩下的錢，按各家欠款金額的比例分配。對每家債權人提出相同比例的還款，是英國債務諮詢的通行做法，信函中也可以說明對各家一視同仁。</translation>
    </message>
    <message>
        <source>Deferral (延期还款)</source>
        <translation>延期還款</translation>
    </message>
    <message>
        <source>A pause of a few months, after which the instalments start again; ask whether interest keeps running during the pause. Lenders do grant it, for example for a hospital stay.</source>
        <translation>暫停還款幾個月，之後恢復按期還款；請問清楚暫停期間是否繼續計息。債權人確實會同意，例如因住院而申請。</translation>
    </message>
    <message>
        <source>Personalised instalment plan (个性化分期)</source>
        <translation>個性化分期</translation>
    </message>
    <message>
        <source>A new repayment plan for an overdue credit card that spreads what is owed over up to 60 months, under Article 70 of the Measures for the Supervision and Administration of Credit Card Business of Commercial Banks. Ask the bank&apos;s card centre for it in writing, with your budget and evidence of the hardship.</source>
        <translation>逾期信用卡的新還款安排，依據《商業銀行信用卡業務監督管理辦法》第七十條，可將欠款分最長 60 個月償還。請附上您的預算和困難證明，以書面形式向銀行信用卡中心申請。</translation>
    </message>
    <message>
        <source>Interest freeze (停息挂账)</source>
        <translation>停息掛帳</translation>
    </message>
    <message>
        <source>The everyday name for an agreement in which the lender stops adding interest and penalties while the balance is repaid in instalments. You can ask the lender for it yourself, for free. Beware of “negotiation” or “anti-collection” agencies that promise 停息挂账 for a fee and ask for your ID, bank cards or money up front: regulators have warned against them.</source>
        <translation>俗稱，指債權人停止加收利息和遲延利息、餘額分期償還的協議。您可以自己向債權人免費申請。請警惕那些收費承諾「停息掛帳」、要求先交身分證件、銀行卡或費用的「協商」「反催收」機構：監管部門已對此發出警示。</translation>
    </message>
    <message>
        <source>Waiver of penalties (减免罚息)</source>
        <translation>減免遲延利息</translation>
    </message>
    <message>
        <source>A request that the lender cancel the penalty interest and late fees charged since the account fell behind, often granted together with a plan you can keep.</source>
        <translation>請求債權人免除逾期以來計收的遲延利息和違約金，常與一份能夠履行的還款方案一起獲批。</translation>
    </message>
    <message>
        <source>One-off settlement (一次性还款优惠)</source>
        <translation>一次性還款優惠</translation>
    </message>
    <message>
        <source>Paying part of the balance in one sum in full and final settlement, with the rest written off. Get the lender&apos;s agreement in writing before you pay, stating that nothing more is owed.</source>
        <translation>一次性償還部分欠款，作為全部且最終的清償，其餘部分予以減免。付款之前，請取得債權人的書面同意，寫明此後不再有任何欠款。</translation>
    </message>
    <message>
        <source>Credit record (征信)</source>
        <translation>徵信</translation>
    </message>
    <message>
        <source>The central bank&apos;s credit reference record. Lenders commonly report an account as overdue once it is about a month behind. Negative entries are kept for five years from the day the debt is settled.</source>
        <translation>中國人民銀行的徵信紀錄。逾期約一個月後，債權人通常會報送逾期紀錄。不良紀錄自欠款還清之日起保留五年。</translation>
    </message>
    <message>
        <source>Complaint channels (12378, 12363)</source>
        <translation>投訴管道（12378、12363）</translation>
    </message>
    <message>
        <source>Collectors may not threaten or insult you, call at night, contact your family, employer or phone contacts, make false legal claims or pose as officials. In China, complain to the financial regulator&apos;s consumer hotline 12378, the central bank&apos;s 12363, or the internet-finance association; elsewhere, to the local regulator. Log every contact: flagged contacts feed the complaint letter.</source>
        <translation>催收方不得威脅或辱罵您、在夜間打電話、聯絡您的家人、雇主或通訊錄聯絡人、虛構法律後果或冒充公務人員。在中國，可以向金融監管部門的消費者投訴熱線 12378、中國人民銀行的 12363 或互聯網金融協會投訴；在其他地方，向當地監管機構投訴。請記錄每一次催收：有警示的紀錄會寫入投訴信。</translation>
    </message>
    <message>
        <source>Free legal aid (12348)</source>
        <translation>免費法律援助（12348）</translation>
    </message>
    <message>
        <source>The 12348 hotline gives free legal advice in China. Call it when you receive court documents, are threatened with a lawsuit, or are unsure of your rights. Nothing in DebtDesk is legal advice.</source>
        <translation>12348 熱線在中國提供免費法律諮詢。收到法院文書、被威脅起訴或不清楚自己的權利時，請撥打這個電話。DebtDesk 中的任何內容都不構成法律意見。</translation>
    </message>
    <message>
        <source>Limitation period (诉讼时效)</source>
        <translation>訴訟時效</translation>
    </message>
    <message>
        <source>A lender has three years to take a claim to court, counted from when it could claim (Civil Code art. 188); for one debt repaid in instalments, from the due date of the last instalment (art. 189). A payment, a written acknowledgement of the debt or the lender&apos;s demand starts the three years again. After court documents arrive the deadlines are short (commonly 15 days to answer or to appeal a judgment): the date printed on the document is the one that counts.</source>
        <translation>債權人向法院提起訴訟的期限為三年，從其可以主張權利之日起算（《民法典》第188條）；分期償還的同一筆債務，從最後一期履行期限屆滿之日起算（第189條）。還款、書面確認債務或債權人催款，都會使三年重新起算。收到法院文書後期限很短（答辯或對判決上訴通常為 15 天）：以文書上印明的日期為準。</translation>
    </message>
    <message>
        <source>Falling behind happens to many people, and there is almost always something you can do. Lenders would rather agree a plan than chase a debt. This guide walks through the steps in the order that works best; you can stop and come back at any time. Everything stays in one file on this computer, and every change is saved as you make it (there is no Save button; Edit ▸ Undo takes a change back).</source>
        <translation>逾期的情況很多人都會遇到，而且幾乎總有辦法可想。比起追討欠款，債權人更願意談成一份還款方案。這份指南按最有效的順序介紹每一步；您可以隨時停下，之後再回來。所有內容都儲存在這台電腦上的一個檔案裡，每一項更改都會在做出時自動儲存（沒有「儲存」按鈕；「編輯 ▸ 復原」可以撤回更改）。</translation>
    </message>
    <message>
        <source>1. Write down every debt</source>
        <translation>1. 寫下每一筆債務</translation>
    </message>
    <message>
        <source>On the Debts page, add each debt with the terms from its contract or app: the amount, the rate, the repayment method, the due day and the grace days. Record the payments you have made. DebtDesk then works out the schedule, how far behind each debt is, and what it will cost if nothing is paid.</source>
        <translation>在「債務」頁，按合約或 App 上的條款新增每一筆債務：金額、利率、還款方式、還款日和寬限天數。記錄您已經還過的款項。DebtDesk 會算出還款計畫、每筆債務逾期多久，以及不還款會付出什麼代價。</translation>
    </message>
    <message>
        <source>2. See where you stand</source>
        <translation>2. 看清自己的處境</translation>
    </message>
    <message>
        <source>The Overview shows what is owed and overdue, the most urgent debt, what lenders typically do at its stage and what you can do now, and when each debt will move to the next stage if nothing is paid.</source>
        <translation>「總覽」頁顯示欠款總額和逾期金額、最緊急的一筆債務、債權人在這個階段通常會怎麼做、您現在可以做什麼，以及如果不還款，每筆債務何時進入下一階段。</translation>
    </message>
    <message>
        <source>3. Make a budget</source>
        <translation>3. 做一份預算</translation>
    </message>
    <message>
        <source>On the Budget page, list your income and your essential expenses. What is left is what you can offer to lenders. Lenders ask for this statement, and a realistic one makes an agreement more likely.</source>
        <translation>在「預算」頁列出您的收入和必要支出。剩下的就是您能向債權人提供的還款。債權人會要求看這份收支狀況表，一份實事求是的預算讓協議更容易達成。</translation>
    </message>
    <message>
        <source>4. Gather evidence</source>
        <translation>4. 收集證明文件</translation>
    </message>
    <message>
        <source>The Evidence page proposes a checklist from the reasons you fell behind: illness, job loss, a delayed payment to your business. Attach the documents as you get them; obtained items become the letter&apos;s enclosures.</source>
        <translation>「證明文件」頁會根據您逾期的原因列出清單：生病、失業、經營款項被拖欠。拿到一份就附上一份；已取得的資料會成為信函的附件。</translation>
    </message>
    <message>
        <source>5. Log every collector contact</source>
        <translation>5. 記錄每一次催收</translation>
    </message>
    <message>
        <source>After each call, message or visit, write down when, who and what was said, and attach recordings and screenshots. Calls at night, too many calls, contacting your family or employer, threats and false legal claims are flagged and can support a complaint.</source>
        <translation>每次接到電話、簡訊或登門後，記下時間、對方是誰、說了什麼，並附上錄音和截圖。夜間催收、頻繁催收、聯絡您的家人或雇主、威脅和虛構法律後果都會被標為警示，可作為投訴的依據。</translation>
    </message>
    <message>
        <source>6. Make a proposal</source>
        <translation>6. 提出還款方案</translation>
    </message>
    <message>
        <source>On the Proposal page, choose what to ask for: a pause, instalments, a lower payment for a while, a waiver of penalties or a settlement. DebtDesk turns it into an exact schedule and checks it against your budget. With several lenders, each is offered its fair share.</source>
        <translation>在「方案」頁選擇您要申請的內容：暫停還款、分期、一段時間內降低還款額、減免遲延利息或一次清償。DebtDesk 會把它變成精確的還款計畫，並對照您的預算檢查。有多家債權人時，每家都依比例分配。</translation>
    </message>
    <message>
        <source>7. Write and send the letter</source>
        <translation>7. 寫好並寄出信函</translation>
    </message>
    <message>
        <source>The letter sets out your situation, your request and why it is affordable, with the evidence enclosed. Review it, export it as PDF and send it; then mark it as sent on the Letters page so you can show later what you sent, when and how. Ask for written confirmation and for collection calls to pause while your request is considered.</source>
        <translation>信函會說明您的情況、您的請求以及為什麼能夠負擔，並附上證明文件。核對後匯出為 PDF 寄出；然後在「信函」頁標記為已寄出，以後就能說明您寄了什麼、何時寄出、透過什麼方式寄出。請要求對方書面確認，並在審核期間暫停催收電話。</translation>
    </message>
    <message>
        <source>8. After the agreement</source>
        <translation>8. 達成協議之後</translation>
    </message>
    <message>
        <source>Keep the written agreement, pay on the agreed dates and record each payment. A missed payment usually revives the whole debt, so contact the lender before a date you cannot meet. If you receive court documents, answer them on time and call the 12348 legal-aid hotline.</source>
        <translation>妥善保管書面協議，按約定日期還款，並記錄每一筆還款。漏還一期通常會使整筆原債務恢復，所以在無法按時還款之前就要聯絡債權人。收到法院文書時，請按時答覆，並撥打 12348 法律援助熱線。</translation>
    </message>
    <message>
        <source>Nothing in DebtDesk is legal advice. Free legal aid: 12348. You can ask a lender directly, and for free, for everything a paid “debt negotiation” agency offers.</source>
        <translation>DebtDesk 中的任何內容都不構成法律意見。免費法律援助：12348。收費「債務協商」機構提供的一切，您都可以直接、免費地向債權人申請。</translation>
    </message>
    <message>
        <source>Your way through</source>
        <translation>一步一步來</translation>
    </message>
    <message>
        <source>Words used here:</source>
        <translation>本頁用到的詞語：</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>另見：</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>What is “{term}”? Opens the glossary.</source>
        <translation>「{term}」是什麼意思？開啟術語表。</translation>
    </message>
    <message>
        <source>Explain {term}</source>
        <translation>解釋「{term}」</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>DebtDesk help</source>
        <translation>DebtDesk 說明</translation>
    </message>
    <message>
        <source>Find a word, e.g. 罚息 or M2</source>
        <translation>尋找詞語，例如：遲延利息或 M2</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>術語表(&amp;L)</translation>
    </message>
</context>
<context>
    <name>HouseholdCommands</name>
    <message>
        <source>New budget of {date}</source>
        <translation>新增{date}的預算</translation>
    </message>
    <message>
        <source>Copy budget to {date}</source>
        <translation>將預算複製到{date}</translation>
    </message>
    <message>
        <source>Edit budget of {date}</source>
        <translation>編輯{date}的預算</translation>
    </message>
    <message>
        <source>Delete budget of {date}</source>
        <translation>刪除{date}的預算</translation>
    </message>
    <message>
        <source>Choose hardship reasons</source>
        <translation>選擇困難原因</translation>
    </message>
    <message>
        <source>Propose evidence checklist</source>
        <translation>產生證明文件清單</translation>
    </message>
    <message>
        <source>Add evidence item “{title}”</source>
        <translation>新增證明文件「{title}」</translation>
    </message>
    <message>
        <source>Rename evidence item to “{title}”</source>
        <translation>將證明文件重新命名為「{title}」</translation>
    </message>
    <message>
        <source>Mark “{title}” as still needed</source>
        <translation>將「{title}」標記為待取得</translation>
    </message>
    <message>
        <source>Mark “{title}” as requested</source>
        <translation>將「{title}」標記為已申請</translation>
    </message>
    <message>
        <source>Mark “{title}” as obtained</source>
        <translation>將「{title}」標記為已取得</translation>
    </message>
    <message>
        <source>Mark “{title}” as sent</source>
        <translation>將「{title}」標記為已寄出</translation>
    </message>
    <message>
        <source>Edit notes of “{title}”</source>
        <translation>編輯「{title}」的備註</translation>
    </message>
    <message>
        <source>Remove evidence item “{title}”</source>
        <translation>移除證明文件「{title}」</translation>
    </message>
    <message>
        <source>Reorder evidence items</source>
        <translation>調整證明文件的順序</translation>
    </message>
    <message>
        <source>Attach {count} file(s) to “{title}”</source>
        <translation>為「{title}」附加{count}個檔案</translation>
    </message>
    <message>
        <source>Remove file “{name}”</source>
        <translation>移除檔案「{name}」</translation>
    </message>
</context>
<context>
    <name>HouseholdModels</name>
    <message>
        <source>Keep paying</source>
        <translation>繼續依原合約還款</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>可負擔</translation>
    </message>
    <message>
        <source>paid first: short in {count} month(s)</source>
        <translation>優先保障：有{count}個月資金不足</translation>
    </message>
    <message>
        <source>lump sum short by {amount}</source>
        <translation>整筆資金差{amount}</translation>
    </message>
    <message>
        <source>{amount} a month over its share</source>
        <translation>每月超出所分得的{amount}</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>優先</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>債權人</translation>
    </message>
    <message>
        <source>Owed today</source>
        <translation>今天尚欠</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Monthly payment</source>
        <translation>每月還款</translation>
    </message>
    <message>
        <source>Fair share</source>
        <translation>依比例分得</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>{first} to {last} ({count} months)</source>
        <translation>{first}至{last}（{count}個月）</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Debts paid first</source>
        <translation>優先保障的債務</translation>
    </message>
    <message>
        <source>Offered to lenders</source>
        <translation>提供給債權人</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用金額</translation>
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
        <translation>還款額</translation>
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
        <translation>還款後餘額</translation>
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
        <translation>網路消費貸款</translation>
    </message>
    <message>
        <source>Bank loan</source>
        <translation>銀行貸款</translation>
    </message>
    <message>
        <source>Mortgage</source>
        <translation>房貸</translation>
    </message>
    <message>
        <source>Car loan</source>
        <translation>車貸</translation>
    </message>
    <message>
        <source>Private loan</source>
        <translation>民間借貸</translation>
    </message>
    <message>
        <source>Instalment platform / BNPL</source>
        <translation>分期平台/先買後付</translation>
    </message>
    <message>
        <source>Student loan</source>
        <translation>就學貸款</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Equal instalment (等额本息)</source>
        <translation>等額本息</translation>
    </message>
    <message>
        <source>Equal principal (等额本金)</source>
        <translation>等額本金</translation>
    </message>
    <message>
        <source>Interest only, principal at end (先息后本)</source>
        <translation>先息後本</translation>
    </message>
    <message>
        <source>All at maturity (一次性还本付息)</source>
        <translation>一次性還本付息</translation>
    </message>
    <message>
        <source>Credit card, minimum payments</source>
        <translation>信用卡（最低應繳）</translation>
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
        <translation>按逾期本金計收</translation>
    </message>
    <message>
        <source>on the overdue instalment</source>
        <translation>按逾期的整期應還款計收</translation>
    </message>
    <message>
        <source>Fees, then interest, then principal (Civil Code art. 561)</source>
        <translation>先費用，再利息，後本金（《民法典》第561條）</translation>
    </message>
    <message>
        <source>Oldest instalment first</source>
        <translation>先還最早一期</translation>
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
        <translation>逾期後期</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>嚴重逾期</translation>
    </message>
</context>
<context>
    <name>LegalEventDialog</name>
    <message>
        <source>Add a legal time limit</source>
        <translation>新增法律期限</translation>
    </message>
    <message>
        <source>No particular debt</source>
        <translation>不針對特定債務</translation>
    </message>
    <message>
        <source>The document states the deadline:</source>
        <translation>文書寫明了期限：</translation>
    </message>
    <message>
        <source>e.g. case number, court</source>
        <translation>例如：案號、法院</translation>
    </message>
    <message>
        <source>Attach the document…</source>
        <translation>附上文書…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>Served, sent or signed on</source>
        <translation>送達、寄出或簽署日期</translation>
    </message>
    <message>
        <source>Days to act</source>
        <translation>採取行動的天數</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Periods usually run from the day after service; a deadline on a public holiday moves to the next working day. The date on the document wins. This is general information, not legal advice.</source>
        <translation>期限通常從送達的次日起算；最後一天是法定節假日的，順延至節假日後的第一個工作日。以文書上的日期為準。以上為一般性資訊，不構成法律意見。</translation>
    </message>
</context>
<context>
    <name>LetterCommands</name>
    <message>
        <source>Mark letter to {to} as sent</source>
        <translation>將寄給{to}的信函標記為已寄出</translation>
    </message>
    <message>
        <source>Mark letter to {to} as not sent</source>
        <translation>將寄給{to}的信函標記為未寄出</translation>
    </message>
    <message>
        <source>Remove letter to {to} from the history</source>
        <translation>從歷史紀錄中移除寄給{to}的信函</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Complaint letter</source>
        <translation>投訴信</translation>
    </message>
    <message>
        <source>Negotiation letter</source>
        <translation>協商信</translation>
    </message>
    <message>
        <source>Send to the financial regulator instead of the lender</source>
        <translation>寄給金融監管部門，而不是債權人</translation>
    </message>
    <message>
        <source>Append my income and expenditure statement, with a chart</source>
        <translation>附上我的家庭收支狀況表及圖表</translation>
    </message>
    <message>
        <source>Empty: the hardship reasons you recorded are stated</source>
        <translation>留空：寫明您記錄的困難原因</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>紙張</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>您的情況</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您的資訊</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Write the letter again from these details</source>
        <translation>按這些資訊重新產生信函</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Write the letter again?</source>
        <translation>重新產生信函？</translation>
    </message>
    <message>
        <source>The changes you made to this letter by hand will be lost.</source>
        <translation>您對這封信手動所做的修改將會遺失。</translation>
    </message>
    <message>
        <source>Write it again</source>
        <translation>重新產生</translation>
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
        <translation>帳號</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>稱呼</translation>
    </message>
    <message>
        <source>Enclosures (one per line)</source>
        <translation>附件（每行一項）</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>結尾</translation>
    </message>
    <message>
        <source>Export the letter</source>
        <translation>匯出信函</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be written</source>
        <translation>無法產生信函</translation>
    </message>
    <message>
        <source>Check the details marked in red, then press Export PDF again.</source>
        <translation>請檢查標為紅色的資料，然後再按一次「匯出 PDF」。</translation>
    </message>
    <message>
        <source>The letter cannot be printed</source>
        <translation>這封信函無法列印</translation>
    </message>
    <message>
        <source>Could not write the letter</source>
        <translation>無法產生信函</translation>
    </message>
    <message>
        <source>Letter exported</source>
        <translation>信函已匯出</translation>
    </message>
    <message>
        <source>Saved to {path}. It is listed under Letters with its checksum.</source>
        <translation>已儲存到{path}。它連同檢查碼列在「信函」頁中。</translation>
    </message>
    <message>
        <source>Section “{heading}”</source>
        <translation>「{heading}」一節</translation>
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
        <translation>您的電話</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>您的電子郵件</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>還款計畫</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>These characters cannot be printed, so the letter cannot be exported:</source>
        <translation>以下字元無法列印，因此這封信函無法匯出：</translation>
    </message>
    <message>
        <source>The letter&apos;s font has no Arabic, Hebrew, Thai or emoji characters, and right-to-left text cannot be laid out: write these in Latin letters or Chinese characters.</source>
        <translation>信函的字型不含阿拉伯文、希伯來文、泰文或表情符號，也無法排版從右到左的文字：請改用拉丁字母或漢字書寫。</translation>
    </message>
    <message>
        <source>This letter is in Traditional Chinese, but these parts are in Simplified Chinese:</source>
        <translation>這封信函使用繁體中文，但以下部分是簡體中文：</translation>
    </message>
    <message>
        <source>This letter is in Simplified Chinese, but these parts are in Traditional Chinese:</source>
        <translation>這封信函使用簡體中文，但以下部分是繁體中文：</translation>
    </message>
    <message>
        <source>Convert to Traditional Chinese</source>
        <translation>轉換為繁體中文</translation>
    </message>
    <message>
        <source>Convert to Simplified Chinese</source>
        <translation>轉換為簡體中文</translation>
    </message>
    <message>
        <source>The household plan shows this proposal cannot be paid every month (short by {amount} at most), so the letter asks rather than promises. A lender may refuse a plan you cannot keep: a lower payment or a longer term on the Proposal page may fit.</source>
        <translation>家庭還款計畫顯示，這個方案有些月份無法足額還款（最多差{amount}），所以信函中是請求而不是承諾。債權人可能拒絕一份您無法履行的方案：在「方案」頁降低還款額或延長期限也許可行。</translation>
    </message>
</context>
<context>
    <name>LettersScreen</name>
    <message>
        <source>File as exported</source>
        <translation>檔案與匯出時一致</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>檔案缺失</translation>
    </message>
    <message>
        <source>File changed since export</source>
        <translation>檔案在匯出後被改動過</translation>
    </message>
    <message>
        <source>not marked as sent</source>
        <translation>未標記為已寄出</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>協商</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
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
        <translation>投訴對象(&amp;A)：</translation>
    </message>
    <message>
        <source>Write a &amp;complaint about collection conduct…</source>
        <translation>撰寫違規催收投訴信(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation>標記為已寄出(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>從列表中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Takes the entry off this list; the PDF file stays where it is. Edit ▸ Undo brings the entry back.</source>
        <translation>從這個列表中移除該條目；PDF 檔案仍保留在原處。「編輯 ▸ 復原」可以恢復該條目。</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>從列表中移除</translation>
    </message>
    <message>
        <source>Negotiation letters start on the Proposal page. Every exported letter is listed here with its checksum, so you can show later exactly what you sent; mark each one as sent once it has gone out.</source>
        <translation>協商信從「方案」頁開始撰寫。每封匯出的信函都會連同檢查碼列在這裡，以後就能準確說明您寄出了什麼；寄出後請逐一標記為已寄出。</translation>
    </message>
    <message>
        <source>no flagged collector contacts logged</source>
        <translation>沒有記錄到有警示的催收</translation>
    </message>
    <message>
        <source>{path} is no longer there.</source>
        <translation>{path}已不在原處。</translation>
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
        <translation>總覽</translation>
    </message>
    <message>
        <source>Debts</source>
        <extracomment>What reading a file&apos;s data can raise when a row holds something this version cannot use. What the register, the debt detail, the totals and the reminder banner show.</extracomment>
        <translation>債務</translation>
    </message>
    <message>
        <source>{name} holds data this version of DebtDesk cannot show ({problem}); it was left untouched.</source>
        <translation>{name}中有這個版本的 DebtDesk 無法顯示的資料（{problem}）；檔案未被改動。</translation>
    </message>
    <message>
        <source>{name} (example household, not your data) — {app}</source>
        <translation>{name}（範例家庭，不是您的資料）— {app}</translation>
    </message>
    <message>
        <source>“{action}” could not be saved, so the file is as it was before.

{problem}</source>
        <translation>「{action}」未能儲存，檔案保持原樣。

{problem}</translation>
    </message>
    <message>
        <source>“{action}” could not be undone; the file still holds the change, and you can try Undo again.

{problem}</source>
        <translation>「{action}」未能復原；檔案中仍保留這項更改，您可以再次嘗試復原。

{problem}</translation>
    </message>
    <message>
        <source>“{action}” could not be redone; the file is as it was, and you can try Redo again.

{problem}</source>
        <translation>「{action}」未能重做；檔案保持原樣，您可以再次嘗試重做。

{problem}</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>沒有做任何更改</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>Collector contacts</source>
        <translation>催收紀錄</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證明文件</translation>
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
        <translation>協議</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Working out where {n} debts stand…</source>
        <translation>正在計算 {n} 筆債務的狀況…</translation>
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
        <translation>這個檔案中還沒有債務：請先新增一筆（編輯 ▸ 新增債務）。</translation>
    </message>
    <message>
        <source>Works on the debt chosen on the Debts page: open that page and choose a debt.</source>
        <translation>作用於「債務」頁中所選的債務：請開啟該頁並選擇一筆債務。</translation>
    </message>
    <message>
        <source>Choose a debt in the list first.</source>
        <translation>請先在列表中選擇一筆債務。</translation>
    </message>
    <message>
        <source>Saved. DebtDesk saves every change as you make it; there is no Save button. Edit ▸ Undo takes a change back.</source>
        <translation>已儲存。DebtDesk 會在您做出每一項更改時自動儲存，沒有「儲存」按鈕。「編輯 ▸ 復原」可以撤回更改。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>開新檔案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟舊檔(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the e&amp;xample household</source>
        <translation>開啟範例家庭(&amp;X)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Export payments to a &amp;calendar…</source>
        <translation>將還款時程匯出到行事曆(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add a debt…</source>
        <translation>新增債務(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit debt…</source>
        <translation>編輯債務(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete debt</source>
        <translation>刪除債務(&amp;D)</translation>
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation>記錄還款(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Log a collector contact…</source>
        <translation>記錄一次催收(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Overdue &amp;stages…</source>
        <translation>逾期階段(&amp;S)…</translation>
    </message>
    <message>
        <source>Reference rate &amp;lines…</source>
        <translation>參考利率線(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>術語表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About DebtDesk</source>
        <translation>關於 DebtDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the debt to {lender} and its {n} recorded payments?
You can undo this with Edit ▸ Undo.</source>
        <translation>刪除對{lender}的債務及其{n}筆還款紀錄？
可以透過「編輯 ▸ 復原」恢復。</translation>
    </message>
    <message>
        <source>Delete debt</source>
        <translation>刪除債務</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>About DebtDesk</source>
        <translation>關於 DebtDesk</translation>
    </message>
    <message>
        <source>DebtDesk {version}

Keeps track of overdue debts in one file on this computer: {path}

Nothing in DebtDesk is legal advice.</source>
        <translation>DebtDesk {version}

在這台電腦上的一個檔案中記錄逾期債務：{path}

DebtDesk 中的任何內容都不構成法律意見。</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>The reply to your letter to {recipient}</source>
        <translation>{recipient}對您信函的答覆</translation>
    </message>
    <message>
        <source>Attach the reply…</source>
        <translation>附上答覆…</translation>
    </message>
    <message>
        <source>The lender&apos;s terms</source>
        <translation>債權人提出的條款</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>收到答覆的日期</translation>
    </message>
    <message>
        <source>Wait for an answer until</source>
        <translation>等待答覆至</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>對方的答覆內容</translation>
    </message>
    <message>
        <source>The reply</source>
        <translation>答覆</translation>
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
        <translation>開啟 {name}</translation>
    </message>
    <message>
        <source>Nobody will be able to open {name} without this passphrase, not even with DebtDesk&apos;s help: if it is lost, the data is lost for good. Write it down and keep it somewhere safe. Attached files and backups are encrypted too.</source>
        <translation>沒有這組密碼，誰也打不開 {name}，DebtDesk 也幫不了你：密碼一旦遺失，資料就永遠找不回來了。請把它寫下來，放在安全的地方。附件和備份也會一併加密。</translation>
    </message>
    <message>
        <source>That passphrase does not open {name}. Check it (and the keyboard layout) and try again.</source>
        <translation>這組密碼打不開 {name}。請檢查密碼（以及鍵盤輸入法）後再試一次。</translation>
    </message>
    <message>
        <source>{name} is encrypted. Type its passphrase to open it.</source>
        <translation>{name} 已加密。請輸入密碼來開啟它。</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>新密碼：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>再輸入一次：</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Passphrase: type it first.</source>
        <translation>密碼：請先輸入密碼。</translation>
    </message>
    <message>
        <source>New passphrase: use at least {count} characters.</source>
        <translation>新密碼：至少要 {count} 個字元。</translation>
    </message>
    <message>
        <source>The same again: the two passphrases differ.</source>
        <translation>再輸入一次：兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Edit payment</source>
        <translation>編輯還款</translation>
    </message>
    <message>
        <source>Record a payment to {lender}</source>
        <translation>記錄向{lender}的還款</translation>
    </message>
    <message>
        <source>Pay the {amount} overdue</source>
        <translation>還清逾期的{amount}</translation>
    </message>
    <message>
        <source>Pay the {amount} due {date}</source>
        <translation>還{date}到期的{amount}</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>還款日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Nothing is owed on this debt any more.</source>
        <translation>這筆債務已無欠款。</translation>
    </message>
    <message>
        <source>Overdue: {amount}, since {date} ({days} days).</source>
        <translation>逾期：{amount}，自{date}起（{days}天）。</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>沒有逾期。</translation>
    </message>
    <message>
        <source>Penalty interest and fees owed: {amount}.</source>
        <translation>欠下的遲延利息及費用：{amount}。</translation>
    </message>
    <message>
        <source>Owed today in all: {amount}.</source>
        <translation>今天共欠：{amount}。</translation>
    </message>
    <message>
        <source>That is more than the {owed} owed today.</source>
        <translation>超過了今天所欠的{owed}。</translation>
    </message>
    <message>
        <source>Settles instalments {first}–{last} (due {start} to {end}).</source>
        <translation>還清第{first}–{last}期（{start}至{end}到期）。</translation>
    </message>
    <message>
        <source>instalment {number} (due {date})</source>
        <translation>第{number}期（{date}到期）</translation>
    </message>
    <message>
        <source>Settles {names}.</source>
        <translation>還清{names}。</translation>
    </message>
    <message>
        <source>Pays part of instalment {number} (due {date}).</source>
        <translation>還上第{number}期的一部分（{date}到期）。</translation>
    </message>
    <message>
        <source>Still overdue afterwards: {amount}.</source>
        <translation>還款後仍逾期：{amount}。</translation>
    </message>
    <message>
        <source>Nothing overdue afterwards.</source>
        <translation>還款後不再逾期。</translation>
    </message>
    <message>
        <source>Penalties still owed: {amount}.</source>
        <translation>仍欠遲延利息：{amount}。</translation>
    </message>
    <message>
        <source>Left to pay afterwards: {amount}.</source>
        <translation>還款後尚欠：{amount}。</translation>
    </message>
    <message>
        <source>The debt is paid off afterwards.</source>
        <translation>還款後這筆債務即還清。</translation>
    </message>
    <message>
        <source>{amount} is more than the debt could ever ask, future interest included.</source>
        <translation>{amount}超過了這筆債務可能要求的全部金額（包括未來的利息）。</translation>
    </message>
    <message>
        <source>More than is owed</source>
        <translation>超過欠款金額</translation>
    </message>
    <message>
        <source>You are recording a payment of {amount} to {lender}, but {owed} is owed on this debt today, penalties included.

Is {amount} the amount you paid?</source>
        <translation>您正在記錄向{lender}還款{amount}，但這筆債務今天共欠{owed}（含遲延利息）。

您實際還的是{amount}嗎？</translation>
    </message>
    <message>
        <source>Record {amount}</source>
        <translation>記錄{amount}</translation>
    </message>
    <message>
        <source>Change the amount</source>
        <translation>修改金額</translation>
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
        <translation>金額</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
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
        <translation>修改債務的處理方式</translation>
    </message>
    <message>
        <source>Suggest fair shares</source>
        <translation>建議依比例分配</translation>
    </message>
    <message>
        <source>Change when the plan starts</source>
        <translation>修改方案的起始日期</translation>
    </message>
    <message>
        <source>Change the lump sum for settlements</source>
        <translation>修改用於一次清償的資金</translation>
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
        <translation>還有{count}個月</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No debt in this currency still needs paying.</source>
        <translation>這個幣別已沒有需要償還的債務。</translation>
    </message>
    <message>
        <source>Add a budget in {currency} (or enter the money available each month) to check this plan month by month.</source>
        <translation>請新增一份{currency}的預算（或填寫每月可用的金額），以便逐月檢查這個方案。</translation>
    </message>
    <message>
        <source>Not affordable: {count} month(s) ask more than the {available} available for debts: {months}. A lender may refuse a plan you cannot keep: try a longer term, a lower payment, a pause, or fair shares.</source>
        <translation>無法負擔：有{count}個月需要的錢超過了可用於還債的{available}：{months}。債權人可能拒絕一份您無法履行的方案：試試延長期限、降低還款額、暫停還款或依比例分配。</translation>
    </message>
    <message>
        <source>Every month fits, but the settlements need {needed} at once: enter the savings or help you have for them.</source>
        <translation>每個月都可行，但一次清償需要一次拿出{needed}：請填寫可用於此的積蓄或他人資助。</translation>
    </message>
    <message>
        <source>Every month fits, but the settlements need {needed} at once and you have {lump_sum}: {short} short.</source>
        <translation>每個月都可行，但一次清償需要一次拿出{needed}，而您有{lump_sum}：還差{short}。</translation>
    </message>
    <message>
        <source>Affordable: every month asks no more than the {available} available for debts.</source>
        <translation>可以負擔：每個月需要的錢都不超過可用於還債的{available}。</translation>
    </message>
    <message>
        <source>{lender}: owed {balance}; the proposal asks up to {monthly} a month.</source>
        <translation>{lender}：欠{balance}；方案每月最多還{monthly}。</translation>
    </message>
    <message>
        <source>Its fair share is {share} a month: {pot} is left after essentials and the debts paid first, shared between {count} lender(s) owed {total} in all.</source>
        <translation>依比例分得每月{share}：扣除必要支出和優先保障的債務後剩餘{pot}，由{count}家債權人分配，共欠{total}。</translation>
    </message>
    <message>
        <source>Nothing is left for it: essentials and the debts paid first take all of the {available} available.</source>
        <translation>沒有可分給它的錢：必要支出和優先保障的債務用掉了全部{available}。</translation>
    </message>
    <message>
        <source>Every lender who shares is offered the same proportion of what it is owed.</source>
        <translation>參與分配的每家債權人，得到的都是其欠款的相同比例。</translation>
    </message>
    <message>
        <source>{lender}: owed {balance}; a one-off settlement of {amount} on {date}, from savings or help.</source>
        <translation>{lender}：欠{balance}；{date}用積蓄或資助一次清償{amount}。</translation>
    </message>
    <message>
        <source>{lender} is a priority debt, paid before the others share: owed {balance}, up to {monthly} a month.</source>
        <translation>{lender}是優先債務，在其他債務分配之前償還：欠{balance}，每月最多{monthly}。</translation>
    </message>
    <message>
        <source>{lender} is kept as contracted, paid before the others share: owed {balance}, up to {monthly} a month.</source>
        <translation>{lender}依原合約繼續還款，在其他債務分配之前償還：欠{balance}，每月最多{monthly}。</translation>
    </message>
    <message>
        <source>Its arrears of {amount} are paid in the first month.</source>
        <translation>它的逾期款{amount}在第一個月補還。</translation>
    </message>
    <message>
        <source>It fits.</source>
        <translation>可以負擔。</translation>
    </message>
    <message>
        <source>The lump sum is {amount} short.</source>
        <translation>整筆資金還差{amount}。</translation>
    </message>
    <message>
        <source>It asks up to {amount} a month more than its share, in {count} month(s).</source>
        <translation>有{count}個月，每月最多比所分得的多{amount}。</translation>
    </message>
    <message>
        <source>The debts paid first need up to {amount} more than is available, in {count} month(s).</source>
        <translation>有{count}個月，優先保障的債務最多比可用金額多需{amount}。</translation>
    </message>
    <message>
        <source>The proposal for {lender} cannot be worked out now and is shown as kept: {message}</source>
        <translation>{lender}的方案目前無法計算，暫依原合約顯示：{message}</translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <source>What to ask for</source>
        <translation>申請內容</translation>
    </message>
    <message>
        <source>Defer payments for (months; interest runs on)</source>
        <translation>延期還款（月；照常計息）</translation>
    </message>
    <message>
        <source>no deferral</source>
        <translation>不延期</translation>
    </message>
    <message>
        <source>Or pause for (months; no interest), then the same instalments</source>
        <translation>或暫停還款（月；不計息），之後按原分期還款</translation>
    </message>
    <message>
        <source>no pause</source>
        <translation>不暫停</translation>
    </message>
    <message>
        <source>Repay in instalments over (months)</source>
        <translation>分期還款（月）</translation>
    </message>
    <message>
        <source>as now</source>
        <translation>維持現狀</translation>
    </message>
    <message>
        <source>Or pay a lower amount each month</source>
        <translation>或每月少還一些</translation>
    </message>
    <message>
        <source>e.g. 800</source>
        <translation>例如 800</translation>
    </message>
    <message>
        <source>…for (months), then spread the rest</source>
        <translation>……持續（月），之後將餘額分攤</translation>
    </message>
    <message>
        <source>until repaid</source>
        <translation>直至還清</translation>
    </message>
    <message>
        <source>Or settle once at (% of the balance)</source>
        <translation>或一次清償（餘額的%）</translation>
    </message>
    <message>
        <source>e.g. 60</source>
        <translation>例如 60</translation>
    </message>
    <message>
        <source>…on (YYYY-MM-DD)</source>
        <translation>……於（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the first payment date</source>
        <translation>第一期還款日</translation>
    </message>
    <message>
        <source>Ask to waive penalty interest and fees (减免罚息)</source>
        <translation>申請減免遲延利息及費用（減免遲延利息）</translation>
    </message>
    <message>
        <source>Ask to freeze interest (停息挂账)</source>
        <translation>申請停止計息（停息掛帳）</translation>
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
        <translation>來自最新預算</translation>
    </message>
    <message>
        <source>Suggest fair shares</source>
        <translation>建議依比例分配</translation>
    </message>
    <message>
        <source>Write a letter with this proposal…</source>
        <translation>用這個方案撰寫信函…</translation>
    </message>
    <message>
        <source>Not legal advice: general information to help you prepare your own proposal. Check the figures with your lenders&apos; statements.</source>
        <translation>不構成法律意見：這些一般性資訊幫助您自己準備還款方案。請對照債權人的帳單核對數字。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>The plan starts on</source>
        <translation>方案起始日期</translation>
    </message>
    <message>
        <source>Money available for debts each month</source>
        <translation>每月可用於還債的金額</translation>
    </message>
    <message>
        <source>Savings or help for one-off settlements</source>
        <translation>可用於一次清償的積蓄或資助</translation>
    </message>
    <message>
        <source>Double-click a treatment to change it.</source>
        <translation>雙擊處理方式即可修改。</translation>
    </message>
    <message>
        <source>Compare this plan with the current terms and payoff strategies</source>
        <translation>將本方案與現行條款及還款策略對照</translation>
    </message>
    <message>
        <source>from your latest budget: none in this currency yet</source>
        <translation>來自最新預算：這個幣別還沒有預算</translation>
    </message>
    <message>
        <source>{amount} from your latest budget</source>
        <translation>來自最新預算：{amount}</translation>
    </message>
    <message>
        <source>Working out fair shares…</source>
        <translation>正在計算依比例分配…</translation>
    </message>
    <message>
        <source>The file changed while fair shares were worked out: nothing was changed. Suggest them again to share out the figures shown now.</source>
        <translation>計算依比例分配期間檔案已有變動：未做任何變更。請再按一次「建議依比例分配」，依現在顯示的數字重新分配。</translation>
    </message>
</context>
<context>
    <name>RateCheck</name>
    <message>
        <source>Licensed lenders, lower line</source>
        <translation>持牌機構，較低標準</translation>
    </message>
    <message>
        <source>Licensed lenders, upper line</source>
        <translation>持牌機構，較高標準</translation>
    </message>
    <message>
        <source>Private lending: a multiple of the one-year LPR</source>
        <translation>民間借貸：一年期 LPR 的倍數</translation>
    </message>
    <message>
        <source>true APR</source>
        <translation>實際年化利率</translation>
    </message>
    <message>
        <source>contract rate</source>
        <translation>合約利率</translation>
    </message>
    <message>
        <source>penalty rate</source>
        <translation>遲延利息利率</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>無法計算</translation>
    </message>
    <message>
        <source>True APR {apr}% a year · contract rate {contract}% · penalty rate {penalty}%</source>
        <translation>實際年化利率 {apr}% · 合約利率 {contract}% · 遲延利息利率 {penalty}%</translation>
    </message>
    <message>
        <source>⚠ above {rate}% a year</source>
        <translation>⚠ 超過年利率 {rate}%</translation>
    </message>
    <message>
        <source>⚠ Above {rate}% a year ({line}, for contracts from {since}): {figures}.</source>
        <translation>⚠ 超過年利率 {rate}%（{line}，適用於{since}起訂立的合約）：{figures}。</translation>
    </message>
    <message>
        <source>Courts commonly do not support interest above {rate}% a year; you can ask the lender to recalculate the interest, penalty interest and fees. Not legal advice.</source>
        <translation>法院通常不支持超過年利率 {rate}% 的利息；您可以要求債權人重新計算利息、遲延利息和費用。不構成法律意見。</translation>
    </message>
    <message>
        <source>Within the reference lines ({rates} a year). Not legal advice.</source>
        <translation>在參考利率線之內（年利率 {rates}）。不構成法律意見。</translation>
    </message>
    <message>
        <source>No reference line applies to this debt (Edit ▸ Reference rate lines). Not legal advice.</source>
        <translation>這筆債務不適用任何參考利率線（編輯 ▸ 參考利率線）。不構成法律意見。</translation>
    </message>
    <message>
        <source>1 debt charges more than {rate}% a year, counting fees or penalty interest: {lenders}.</source>
        <translation>有 1 筆債務計入費用或遲延利息後超過年利率 {rate}%：{lenders}。</translation>
    </message>
    <message>
        <source>{n} debts charge more than {rate}% a year, counting fees or penalty interest: {lenders}.</source>
        <translation>有 {n} 筆債務計入費用或遲延利息後超過年利率 {rate}%：{lenders}。</translation>
    </message>
    <message>
        <source>Courts commonly do not support interest above these lines; you can ask the lender to recalculate. The figures are on each debt&apos;s page. Not legal advice.</source>
        <translation>法院通常不支持超過這些標準的利息；您可以要求債權人重新計算。具體數字見每筆債務的頁面。不構成法律意見。</translation>
    </message>
</context>
<context>
    <name>RateLinesDialog</name>
    <message>
        <source>Reference rate lines</source>
        <translation>參考利率線</translation>
    </message>
    <message>
        <source>Courts commonly do not support interest above these lines. DebtDesk compares each debt&apos;s true APR (fees included), contract rate and penalty rate with every line that applies to it. A line applies to contracts made on or after its date; the private-lending line uses the one-year LPR in force on the day the contract was made. Not legal advice: check the lines that apply to you.</source>
        <translation>法院通常不支持超過這些標準的利息。DebtDesk 會把每筆債務的實際年化利率（含費用）、合約利率和遲延利息利率與適用於它的每一條利率線作比較。利率線適用於在其日期當天或之後訂立的合約；民間借貸利率線使用合約成立當天施行的一年期 LPR。不構成法律意見：請核實適用於您的標準。</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>利率線</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>利率線</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>For contracts from</source>
        <translation>適用於此日起訂立的合約</translation>
    </message>
    <message>
        <source>Untick to leave this line out of every check.</source>
        <translation>取消勾選後，所有檢查都不再使用這條利率線。</translation>
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
        <translation>一年期貸款市場報價利率（LPR）</translation>
    </message>
    <message>
        <source>In force from (YYYY-MM-DD)</source>
        <translation>施行日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Add a rate</source>
        <translation>新增利率</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add each new rate with the date it took effect; the one in force on a contract&apos;s start date is used.</source>
        <translation>每次有新利率，就連同其生效日期一起新增；使用合約起始日當天施行的那個利率。</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>還原預設值</translation>
    </message>
    <message>
        <source>Change reference rate lines</source>
        <translation>修改參考利率線</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Filter by lender, kind, stage…</source>
        <translation>按債權人、類型、階段篩選…</translation>
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
        <translation>檢視</translation>
    </message>
    <message>
        <source>Hide until something new comes up</source>
        <translation>隱藏，直到有新情況</translation>
    </message>
    <message>
        <source>Agreements broken: {n}</source>
        <translation>未履行的協議：{n}</translation>
    </message>
    <message>
        <source>Court deadlines coming: {n}</source>
        <translation>即將到來的法院期限：{n}</translation>
    </message>
    <message>
        <source>Agreed payments late, still inside the grace: {n}</source>
        <translation>約定還款已晚，仍在寬限期內：{n}</translation>
    </message>
    <message>
        <source>Debts with late payments: {n}</source>
        <translation>有逾期還款的債務：{n}</translation>
    </message>
    <message>
        <source>Payments due within a week: {n}</source>
        <translation>一週內到期的還款：{n}</translation>
    </message>
    <message>
        <source>Letters without an answer: {n}</source>
        <translation>未獲答覆的信函：{n}</translation>
    </message>
    <message>
        <source>{lender}: the agreement counts as broken since {date} ({amount} missing).</source>
        <translation>{lender}：協議自{date}起視為違約（差{amount}）。</translation>
    </message>
    <message>
        <source>Court deadline on {date}: {days} days left.</source>
        <translation>法院期限{date}：還剩{days}天。</translation>
    </message>
    <message>
        <source>{lender}: pay {amount} by {date} to keep the agreement.</source>
        <translation>{lender}：請在{date}前還{amount}，以保住協議。</translation>
    </message>
    <message>
        <source>{lender}: {amount} overdue since {date}.</source>
        <translation>{lender}：{amount}自{date}起逾期。</translation>
    </message>
    <message>
        <source>{lender}: {amount} due on {date}.</source>
        <translation>{lender}：{amount}於{date}到期。</translation>
    </message>
    <message>
        <source>{lender}: no answer to your letter by {date}.</source>
        <translation>{lender}：截至{date}，您的信函仍未獲答覆。</translation>
    </message>
    <message>
        <source>DebtDesk: something needs attention</source>
        <translation>DebtDesk：有事項需要處理</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>Check &amp;file…</source>
        <translation>檢查檔案(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>從備份還原(&amp;R)…</translation>
    </message>
    <message>
        <source>{name} is whole: {summary}.</source>
        <translation>{name}完好：{summary}。</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>檢查檔案</translation>
    </message>
    <message>
        <source>{name} is damaged:
{problems}

It has not been changed. You can go back to a backup (File ▸ Restore from backup), or copy everything still readable into a new file.</source>
        <translation>{name}已損壞：
{problems}

檔案未被改動。您可以還原到某個備份（檔案 ▸ 從備份還原），或把仍可讀取的內容全部複製到一個新檔案中。</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>檔案已損壞</translation>
    </message>
    <message>
        <source>Rescue into a new file…</source>
        <translation>搶救到新檔案…</translation>
    </message>
    <message>
        <source>{count} debts</source>
        <translation>{count} 筆債務</translation>
    </message>
    <message>
        <source>{count} payments</source>
        <translation>{count} 筆還款</translation>
    </message>
    <message>
        <source>{count} collector contacts</source>
        <translation>{count} 筆催收紀錄</translation>
    </message>
    <message>
        <source>{count} budgets</source>
        <translation>{count} 份預算</translation>
    </message>
    <message>
        <source>{count} evidence items</source>
        <translation>{count} 項證明文件</translation>
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
        <translation>未能備份</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已備份到{path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>This file is open read-only, so it cannot be restored here.</source>
        <translation>這個檔案以唯讀方式開啟，無法在這裡還原。</translation>
    </message>
    <message>
        <source>Replace what {name} holds now with this backup? What it holds now is kept as a backup first.</source>
        <translation>用這個備份替換{name}現在的內容？現在的內容會先儲存為一份備份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Keep the file as it is</source>
        <translation>保持檔案不變</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>沒有還原任何內容</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已還原</translation>
    </message>
    <message>
        <source>{name} now holds the backup. What it held before is kept as {kept}.</source>
        <translation>{name}現在是備份中的內容。之前的內容已儲存為{kept}。</translation>
    </message>
    <message>
        <source>{name} is damaged, so DebtDesk did not open it and has not changed it.

What SQLite found: {problem}

You can go back to a backup, or copy everything that can still be read into a new file (the damaged file stays as it is).</source>
        <translation>{name}已損壞，所以 DebtDesk 沒有開啟它，也沒有改動它。

SQLite 發現的問題：{problem}

您可以還原到某個備份，或把仍可讀取的內容全部複製到一個新檔案中（損壞的檔案保持原樣）。</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>還原備份…</translation>
    </message>
    <message>
        <source>{name} was restored from the backup. The damaged file is kept as {kept}.</source>
        <translation>{name}已從備份還原。損壞的檔案已儲存為{kept}。</translation>
    </message>
    <message>
        <source>Rescue into a new file</source>
        <translation>搶救到新檔案</translation>
    </message>
    <message>
        <source>Nothing was rescued</source>
        <translation>沒有搶救出任何內容</translation>
    </message>
    <message>
        <source>Data rescued</source>
        <translation>資料已搶救</translation>
    </message>
    <message>
        <source>{count} rows were rescued into {target}; {name} was left as it was.

{details}</source>
        <translation>已將{count}列資料搶救到{target}；{name}保持原樣。

{details}</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Paid</source>
        <translation>已還</translation>
    </message>
    <message>
        <source>Overdue, part paid</source>
        <translation>逾期，部分已還</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>部分已還</translation>
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
        <translation>還款額</translation>
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
        <translation>還款後餘額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find</source>
        <extracomment>the kind (&apos;debt&apos;, &apos;contact&apos;, &apos;evidence&apos;) and id of the chosen record</extracomment>
        <translation>尋找</translation>
    </message>
    <message>
        <source>Lender, company, agent, phone or account number, words said…</source>
        <translation>債權人、公司、催收員、電話或帳號、對話內容…</translation>
    </message>
    <message>
        <source>&amp;Find in debts, collector contacts and evidence:</source>
        <translation>在債務、催收紀錄和證明文件中尋找(&amp;F)：</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>催收</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證明文件</translation>
    </message>
    <message>
        <source>{n} found. Choose one to show it.</source>
        <translation>找到{n}項。選擇一項即可顯示。</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>沒有找到「{text}」。</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Registered post or courier (挂号信, EMS)</source>
        <translation>掛號信或快遞（掛號信、EMS）</translation>
    </message>
    <message>
        <source>Ordinary post</source>
        <translation>平信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>The lender&apos;s app or online service</source>
        <translation>債權人的 App 或線上服務</translation>
    </message>
    <message>
        <source>Handed over in person</source>
        <translation>當面遞交</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>其他方式</translation>
    </message>
    <message>
        <source>Mark the letter as sent</source>
        <translation>標記信函為已寄出</translation>
    </message>
    <message>
        <source>Registered post or e-mail leaves proof of when it was sent; keep the receipt.</source>
        <translation>掛號信或電子郵件可以證明寄出時間；請保留憑證。</translation>
    </message>
    <message>
        <source>Letter to {to}, exported on {date}.</source>
        <translation>寄給{to}的信函，{date}匯出。</translation>
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
        <translation>沒有編號為 {debt_id} 的債務。</translation>
    </message>
    <message>
        <source>There is no letter number {letter_id}.</source>
        <translation>沒有編號為 {letter_id} 的信函。</translation>
    </message>
    <message>
        <source>There is no agreement number {agreement_id}.</source>
        <translation>沒有編號為 {agreement_id} 的協議。</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>There is no legal event number {event_id}.</source>
        <translation>沒有編號為 {event_id} 的法律程序事件。</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <extracomment>The settings key of the key that seals attached files of an encrypted data file (see `sealed`).</extracomment>
        <translation>檔案 {name} 不存在。</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {problem}.</source>
        <translation>無法讀取檔案 {name}：{problem}。</translation>
    </message>
    <message>
        <source>{name} is a folder; choose a file to attach.</source>
        <translation>{name} 是資料夾；請選擇一個檔案作為附件。</translation>
    </message>
    <message>
        <source>{name} is not a regular file and cannot be attached.</source>
        <translation>{name} 不是一般檔案，不能作為附件。</translation>
    </message>
    <message>
        <source>The file {name} is too large to attach ({size}; at most {size2}).</source>
        <translation>檔案 {name} 太大，不能作為附件（{size}；最多 {size2}）。</translation>
    </message>
    <message>
        <source>The file {name} could not be copied into {folder_name}: {problem}.</source>
        <translation>無法把檔案 {name} 複製到 {folder_name}：{problem}。</translation>
    </message>
    <message>
        <source>{name} beside the data file is not a folder, so files cannot be attached; move it away and try again.</source>
        <translation>資料檔旁邊的 {name} 不是資料夾，因此無法加入附件；請把它移走後再試一次。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {problem}.</source>
        <translation>無法建立資料夾 {folder}：{problem}。</translation>
    </message>
    <message>
        <source>The file {name} is too large to attach (more than {size}).</source>
        <translation>檔案 {name} 太大，不能作為附件（超過 {size}）。</translation>
    </message>
    <message>
        <source>There is no attachment number {attachment_id}.</source>
        <translation>沒有編號為 {attachment_id} 的附件。</translation>
    </message>
    <message>
        <source>The attachment {original_name} has an invalid stored name.</source>
        <translation>附件 {original_name} 的儲存名稱無效。</translation>
    </message>
    <message>
        <source>{original_name} is encrypted, but this file holds no key for it.</source>
        <translation>{original_name} 已加密，但這個檔案裡沒有解開它的金鑰。</translation>
    </message>
    <message>
        <source>{original_name} could not be opened: {problem}.</source>
        <translation>無法開啟 {original_name}：{problem}。</translation>
    </message>
    <message>
        <source>{target_folder} already exists; choose another name for the copy.</source>
        <translation>{target_folder} 已存在；請為複本換一個名稱。</translation>
    </message>
    <message>
        <source>Could not save a copy to {target}: {problem}; nothing was saved there.</source>
        <translation>無法把複本儲存到 {target}：{problem}；那裡沒有儲存任何內容。</translation>
    </message>
    <message>
        <source>There is no budget number {budget_id}.</source>
        <translation>沒有編號為 {budget_id} 的預算。</translation>
    </message>
    <message>
        <source>There is no budget number {id}.</source>
        <translation>沒有編號為 {id} 的預算。</translation>
    </message>
    <message>
        <source>The budget of {date}</source>
        <translation>{date}的預算</translation>
    </message>
    <message>
        <source>{what} was changed elsewhere (in another window or by a command) since it was shown here, so nothing was written.</source>
        <translation>{what}在這裡顯示之後已在別處（另一個視窗或命令列）被修改，因此沒有寫入任何內容。</translation>
    </message>
    <message>
        <source>{what} was removed elsewhere since it was shown here, so nothing was written.</source>
        <translation>{what}在這裡顯示之後已在別處被刪除，因此沒有寫入任何內容。</translation>
    </message>
    <message>
        <source>{name} had been interrupted while saving a change; that unfinished change was undone, and everything saved before it is intact.</source>
        <extracomment>Files up to this size get the full `integrity_check` on open (≈25 ms for a 2 MB household); it also finds an index that disagrees with its table, which `quick_check` skips and which once showed a debt 198 days overdue instead of 45. Larger files get `quick_check`.</extracomment>
        <translation>{name} 上次儲存修改時被中斷；那次未完成的修改已復原，之前儲存的內容都完好無損。</translation>
    </message>
    <message>
        <source>Removed {count} leftovers of an interrupted import, copy or backup of {name}.</source>
        <translation>已清除 {name} 被中斷的匯入、複製或備份所留下的 {count} 個殘留檔案。</translation>
    </message>
    <message>
        <source>{name} was upgraded from format {version}; the file as it was is kept as {backup}.</source>
        <translation>{name} 已從格式 {version} 升級；升級前的檔案保存為 {backup}。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a DebtDesk file.</source>
        <translation>{path} 是資料夾，不是 DebtDesk 檔案。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>檔案 {path} 不存在。</translation>
    </message>
    <message>
        <source>Cannot create {path}: the folder {parent} does not exist.</source>
        <translation>無法建立 {path}：資料夾 {parent} 不存在。</translation>
    </message>
    <message>
        <source>You do not have permission to read {path}; it was left untouched.</source>
        <translation>你沒有讀取 {path} 的權限；檔案保持原樣未動。</translation>
    </message>
    <message>
        <source>Cannot open {path}: {exc}.</source>
        <translation>無法開啟 {path}：{exc}。</translation>
    </message>
    <message>
        <source>{name} is empty, not a DebtDesk file; it was left untouched.</source>
        <translation>{name} 是空檔案，不是 DebtDesk 檔案；檔案保持原樣未動。</translation>
    </message>
    <message>
        <source>{name} is an SQLite file, but not a DebtDesk file; it was left untouched.</source>
        <translation>{name} 是 SQLite 檔案，但不是 DebtDesk 檔案；檔案保持原樣未動。</translation>
    </message>
    <message>
        <source>{name} was written by a newer DebtDesk (format {version}; this one reads up to {schema_version}). It was left untouched: update DebtDesk to open it.</source>
        <translation>{name} 是由較新版本的 DebtDesk 寫入的（格式 {version}；本版本最多只能讀取格式 {schema_version}）。檔案保持原樣未動：請更新 DebtDesk 後再開啟。</translation>
    </message>
    <message>
        <source>{name} is read-only, so it could not be brought up to date; it was left as it was.</source>
        <translation>{name} 是唯讀的，因此無法升級；檔案保持原樣。</translation>
    </message>
    <message>
        <source>{name} could not be brought up to date and was left as it was: {exc}.</source>
        <translation>{name} 無法升級，檔案保持原樣：{exc}。</translation>
    </message>
    <message>
        <source>{name} is not a DebtDesk file (or it is damaged): {exc}; it was left untouched.</source>
        <translation>{name} 不是 DebtDesk 檔案（或已損壞）：{exc}；檔案保持原樣未動。</translation>
    </message>
    <message>
        <source>{name} was interrupted while saving a change and cannot be read until DebtDesk may write it to finish undoing that change; it was left untouched.</source>
        <translation>{name} 儲存修改時被中斷，必須允許 DebtDesk 寫入它以復原那次修改後才能讀取；檔案保持原樣未動。</translation>
    </message>
    <message>
        <source>{name} needs upgrading from format {version}, but no backup of it could be kept first ({reason}); it was left as it was.</source>
        <translation>{name} 需要從格式 {version} 升級，但無法先為它保留備份（{reason}）；檔案保持原樣。</translation>
    </message>
    <message>
        <source>Contact number {id} cannot be read: {exc}.</source>
        <translation>無法讀取編號為 {id} 的催收紀錄：{exc}。</translation>
    </message>
    <message>
        <source>There is no contact number {contact_id}.</source>
        <translation>沒有編號為 {contact_id} 的催收紀錄。</translation>
    </message>
    <message>
        <source>Contact number {id} cannot be restored: the number is in use.</source>
        <translation>無法還原編號為 {id} 的催收紀錄：該編號已被使用。</translation>
    </message>
    <message>
        <source>Contact number {id} cannot be restored: {exc}.</source>
        <translation>無法還原編號為 {id} 的催收紀錄：{exc}。</translation>
    </message>
    <message>
        <source>The contact&apos;s attached files</source>
        <translation>這筆催收紀錄的附件</translation>
    </message>
    <message>
        <source>There is no contact number {id}.</source>
        <translation>沒有編號為 {id} 的催收紀錄。</translation>
    </message>
    <message>
        <source>Contact number {id} cannot be put back: {exc}.</source>
        <translation>無法放回編號為 {id} 的催收紀錄：{exc}。</translation>
    </message>
    <message>
        <source>The debts could not be read ({problem}).</source>
        <translation>無法讀取債務（{problem}）。</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}, and {more} more problems); it was left untouched. Restore a backup, or rescue what is readable into a new file.</source>
        <translation>{name} 已損壞（{problem}，另有 {more} 處問題）；檔案保持原樣未動。請從備份還原，或把仍可讀取的內容搶救到新檔案。</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}); it was left untouched. Restore a backup, or rescue what is readable into a new file.</source>
        <translation>{name} 已損壞（{problem}）；檔案保持原樣未動。請從備份還原，或把仍可讀取的內容搶救到新檔案。</translation>
    </message>
    <message>
        <source>{name} is open in {holder}; close it there first (nothing was changed).</source>
        <translation>{name} 正在 {holder} 中開啟；請先在那裡關閉它（沒有做任何變更）。</translation>
    </message>
    <message>
        <source>{name} cannot be read without a passphrase: it is encrypted, or it is not a DebtDesk file at all.</source>
        <translation>沒有密碼就無法讀取 {name}：它已加密，或者根本不是 DebtDesk 檔案。</translation>
    </message>
    <message>
        <source>That passphrase does not open {name}; nothing was changed. Check it and try again.</source>
        <translation>這組密碼打不開 {name}；沒有做任何變更。請檢查密碼後再試一次。</translation>
    </message>
    <message>
        <source>The hardship reasons</source>
        <translation>困難原因</translation>
    </message>
    <message>
        <source>There is no evidence item number {item_id}.</source>
        <translation>沒有編號為 {item_id} 的證明文件。</translation>
    </message>
    <message>
        <source>There is no evidence item number {id}.</source>
        <translation>沒有編號為 {id} 的證明文件。</translation>
    </message>
    <message>
        <source>The order of the evidence checklist</source>
        <translation>證明文件清單的順序</translation>
    </message>
    <message>
        <source>The new order must list every evidence item once.</source>
        <translation>新的順序必須把每項證明文件都列出一次。</translation>
    </message>
    <message>
        <source>SQLite found: {problem}</source>
        <translation>SQLite 發現：{problem}</translation>
    </message>
    <message>
        <source>{table} row {row} points at a missing row of {parent}.</source>
        <translation>{table} 的第 {row} 列指向 {parent} 中不存在的一列。</translation>
    </message>
    <message>
        <source>Attached file {name} is missing.</source>
        <translation>附件 {name} 遺失。</translation>
    </message>
    <message>
        <source>Attached file {name} is changed.</source>
        <translation>附件 {name} 在加入後已被更改。</translation>
    </message>
    <message>
        <source>SQLite could not read it: {problem}.</source>
        <translation>SQLite 無法讀取：{problem}。</translation>
    </message>
    <message>
        <source>Could not read {name}: {exc}.</source>
        <translation>無法讀取 {name}：{exc}。</translation>
    </message>
    <message>
        <source>{table}[{index}].{name}: holds {kind}, which cannot be exported.</source>
        <translation>{table}[{index}].{name}：含有{kind}，無法匯出。</translation>
    </message>
    <message>
        <source>The export would overwrite the DebtDesk file it is made from; choose another name.</source>
        <translation>匯出會覆蓋作為來源的 DebtDesk 檔案；請換一個名稱。</translation>
    </message>
    <message>
        <source>Could not write {out_path}: {problem}.</source>
        <translation>無法寫入 {out_path}：{problem}。</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>資料夾 {parent} 不存在。</translation>
    </message>
    <message>
        <source>{db_path} is a folder, not a DebtDesk file.</source>
        <translation>{db_path} 是資料夾，不是 DebtDesk 檔案。</translation>
    </message>
    <message>
        <source>Could not write {db_path}: the folder cannot be written.</source>
        <translation>無法寫入 {db_path}：該資料夾無法寫入。</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; {name} was left as it was.</source>
        <translation>{folder} 所在的磁碟已滿；{name} 保持原樣未動。</translation>
    </message>
    <message>
        <source>Could not write {name}: {exc}; it was left as it was.</source>
        <translation>無法寫入 {name}：{exc}；檔案保持原樣。</translation>
    </message>
    <message>
        <source>Could not write {db_path}: {problem}.</source>
        <translation>無法寫入 {db_path}：{problem}。</translation>
    </message>
    <message>
        <source>{name} was written by a newer DebtDesk; it was left untouched.</source>
        <translation>{name} 是由較新版本的 DebtDesk 寫入的；檔案保持原樣未動。</translation>
    </message>
    <message>
        <source>{name} is not a DebtDesk file (or it is damaged); it was left untouched.</source>
        <translation>{name} 不是 DebtDesk 檔案（或已損壞）；檔案保持原樣未動。</translation>
    </message>
    <message>
        <source>{name} already holds data; import into a new file.</source>
        <translation>{name} 中已有資料；請匯入到新檔案。</translation>
    </message>
    <message>
        <source>There is not enough free space in {folder} to import {name}: about {needed} MB needed, {free} MB free.</source>
        <translation>{folder} 的可用空間不足，無法匯入 {name}：約需 {needed} MB，僅剩 {free} MB。</translation>
    </message>
    <message>
        <source>{name} appeared while importing; it was left untouched.</source>
        <translation>匯入期間出現了 {name}；該檔案保持原樣未動。</translation>
    </message>
    <message>
        <source>{table}[{index}]: the database refused this row ({exc}).</source>
        <translation>{table}[{index}]：資料庫拒絕了這一列（{exc}）。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a JSON file.</source>
        <translation>{path} 是資料夾，不是 JSON 檔案。</translation>
    </message>
    <message>
        <source>Could not read {path}: {problem}.</source>
        <translation>無法讀取 {path}：{problem}。</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (bad byte at position {start}).</source>
        <translation>{name} 不是 UTF-8 文字（位置 {start} 處有無效位元組）。</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be an interchange file.</source>
        <translation>{name} 巢狀層級太深，不可能是交換檔。</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {lineno}, column {colno}: {msg}).</source>
        <translation>{name} 不是有效的 JSON（第 {lineno} 行第 {colno} 欄：{msg}）。</translation>
    </message>
    <message>
        <source>{name} holds a value longer than {limit} characters; it is not an interchange file.</source>
        <translation>{name} 中有一個超過 {limit} 個字元的值，它不是交換檔。</translation>
    </message>
    <message>
        <source>{name} holds a number with far too many digits.</source>
        <translation>{name} 中有一個位數過多的數字。</translation>
    </message>
    <message>
        <source>The file holds {kind}, not a DebtDesk interchange document (a JSON object).</source>
        <translation>該檔案包含的是{kind}，不是 DebtDesk 交換文件（一個 JSON 物件）。</translation>
    </message>
    <message>
        <source>{table}[{index}]: is longer than {limit} characters of JSON, far more than any row DebtDesk writes.</source>
        <translation>{table}[{index}]：長度超過 {limit} 個字元的 JSON，遠遠多於 DebtDesk 寫出的任何一列資料。</translation>
    </message>
    <message>
        <source>This is not a DebtDesk interchange file: &quot;format&quot; must be &quot;{format_name}&quot;.</source>
        <translation>這不是 DebtDesk 交換檔：「format」必須是「{format_name}」。</translation>
    </message>
    <message>
        <source>The file was made by a newer DebtDesk (interchange version {version}; this one reads up to {format_version}): update DebtDesk to import it.</source>
        <translation>該檔案由較新版本的 DebtDesk 產生（交換格式版本 {version}；本版本最多只能讀取 {format_version}）：請更新 DebtDesk 後再匯入。</translation>
    </message>
    <message>
        <source>The file was made by a newer DebtDesk (schema version {schema_version}; this one reads up to {schema_version2}): update DebtDesk to import it.</source>
        <translation>該檔案由較新版本的 DebtDesk 產生（資料結構版本 {schema_version}；本版本最多只能讀取 {schema_version2}）：請更新 DebtDesk 後再匯入。</translation>
    </message>
    <message>
        <source>Unknown top-level key {key!r}: a version {format_version} file has only {known}.</source>
        <translation>未知的頂層鍵 {key!r}：版本 {format_version} 的檔案只有 {known}。</translation>
    </message>
    <message>
        <source>&quot;tables&quot; must be an object mapping table names to lists of rows, not {kind}.</source>
        <translation>「tables」必須是把資料表名稱對應到資料列清單的物件，而不是{kind}。</translation>
    </message>
    <message>
        <source>tables: unknown table {name!r}; this DebtDesk knows {known}.</source>
        <translation>tables：未知的資料表 {name!r}；本版本 DebtDesk 認得的資料表有 {known}。</translation>
    </message>
    <message>
        <source>tables.{name}: must be a list of rows, not {kind}.</source>
        <translation>tables.{name}：必須是資料列的清單，而不是{kind}。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number of 1 or more, not {kind}.</source>
        <translation>「{key}」必須是大於或等於 1 的整數，而不是{kind}。</translation>
    </message>
    <message>
        <source>{where}: must be an object (one row), not {kind}.</source>
        <translation>{where}：必須是一個物件（一列），而不是{kind}。</translation>
    </message>
    <message>
        <source>{where}: unknown column {name!r}.</source>
        <translation>{where}：未知的欄位 {name!r}。</translation>
    </message>
    <message>
        <source>{where}: the required column {name!r} is missing.</source>
        <translation>{where}：缺少必要的欄位 {name!r}。</translation>
    </message>
    <message>
        <source>{where}.{name}: {problem}.</source>
        <translation>{where}.{name}：{problem}。</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>不能為 null</translation>
    </message>
    <message>
        <source>is too large a number</source>
        <translation>數字過大</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>必須是正整數</translation>
    </message>
    <message>
        <source>must not contain the NUL character</source>
        <translation>不能包含 NUL 字元</translation>
    </message>
    <message>
        <source>contains a lone surrogate (such as \ud800), which is not text</source>
        <translation>含有孤立的代理碼位（例如 \ud800），不是文字</translation>
    </message>
    <message>
        <source>must be a whole number of cents (a JSON integer), not {kind}</source>
        <translation>必須是以分為單位的整數（JSON 整數），而不是{kind}</translation>
    </message>
    <message>
        <source>must be a whole number (a JSON integer), not {kind}</source>
        <translation>必須是整數（JSON 整數），而不是{kind}</translation>
    </message>
    <message>
        <source>must be text (a JSON string), not {kind}</source>
        <translation>必須是文字（JSON 字串），而不是{kind}</translation>
    </message>
    <message>
        <source>is too long: {length} characters, at most {limit}</source>
        <translation>過長：{length} 個字元，最多 {limit} 個</translation>
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
        <translation>整數</translation>
    </message>
    <message>
        <source>the decimal number {number!r}</source>
        <translation>小數 {number!r}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>清單</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>物件</translation>
    </message>
    <message>
        <source>{where}.{key}: {value!r} is used twice (also by {table}[{value2}]).</source>
        <translation>{where}.{key}：{value!r} 被使用了兩次（{table}[{value2}] 也在用）。</translation>
    </message>
    <message>
        <source>The file contains {name}, which is not a number JSON allows.</source>
        <translation>該檔案包含 {name}，這不是 JSON 允許的數字。</translation>
    </message>
    <message>
        <source>The key {key!r} appears twice in one JSON object.</source>
        <translation>鍵 {key!r} 在同一個 JSON 物件中出現了兩次。</translation>
    </message>
    <message>
        <source>{table}[{index}].{name}: points to {target} id {value}, which is not in the file.</source>
        <translation>{table}[{index}].{name}：指向 {target} 中編號為 {value} 的紀錄，但檔案中沒有它。</translation>
    </message>
    <message>
        <source>lenders[{index}].name: {name!r} is used twice (also by lenders[{value}]).</source>
        <translation>lenders[{index}].name：{name!r} 被使用了兩次（lenders[{value}] 也在用）。</translation>
    </message>
    <message>
        <source>{where}.rate: above 1000% a year; check the rate and whether it is annual or daily.</source>
        <translation>{where}.rate：年利率超過 1000%；請檢查利率，以及它是年利率還是日利率。</translation>
    </message>
    <message>
        <source>{where}.upfront_fee_minor: must be less than principal_minor.</source>
        <translation>{where}.upfront_fee_minor：必須小於 principal_minor。</translation>
    </message>
    <message>
        <source>payments[{index}].paid_on: {paid_on} is before the start date of debt {debt_id} ({value}).</source>
        <translation>payments[{index}].paid_on：{paid_on} 早於債務 {debt_id} 的起始日期（{value}）。</translation>
    </message>
    <message>
        <source>{where}.{field}: {message}</source>
        <translation>{where}.{field}：{message}</translation>
    </message>
    <message>
        <source>{value!r} is not one of: {allowed}</source>
        <translation>{value!r} 不是下列值之一：{allowed}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>必須介於 {low} 到 {high} 之間</translation>
    </message>
    <message>
        <source>must be between {low} and {high} days</source>
        <translation>必須介於 {low} 到 {high} 天之間</translation>
    </message>
    <message>
        <source>must be between {low} and {high} months</source>
        <translation>必須介於 {low} 到 {high} 個月之間</translation>
    </message>
    <message>
        <source>must be between {low} and {high} bytes</source>
        <translation>必須介於 {low} 到 {high} 位元組之間</translation>
    </message>
    <message>
        <source>must be between {low} and {high} (or null)</source>
        <translation>必須介於 {low} 到 {high} 之間（或為 null）</translation>
    </message>
    <message>
        <source>must be a positive whole number of cents</source>
        <translation>必須是以分為單位的正整數</translation>
    </message>
    <message>
        <source>must be a whole number of cents, 0 or more</source>
        <translation>必須是以分為單位、大於或等於 0 的整數</translation>
    </message>
    <message>
        <source>must be at most {most} cents</source>
        <translation>最多為 {most} 分</translation>
    </message>
    <message>
        <source>{value!r} is not a decimal number written as text (such as &quot;0.049&quot;)</source>
        <translation>{value!r} 不是以文字形式寫出的小數（例如 &quot;0.049&quot;）</translation>
    </message>
    <message>
        <source>must be above {low} and at most {high}</source>
        <translation>必須大於 {low} 且不超過 {high}</translation>
    </message>
    <message>
        <source>must be at least {low} and at most {high}</source>
        <translation>必須大於或等於 {low} 且不超過 {high}</translation>
    </message>
    <message>
        <source>{value!r} is not {what}</source>
        <translation>{value!r} 不是{what}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能為空</translation>
    </message>
    <message>
        <source>{value!r} is not a date in the form YYYY-MM-DD</source>
        <translation>{value!r} 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time in the form YYYY-MM-DD HH:MM</source>
        <translation>{value!r} 不是 YYYY-MM-DD HH:MM 格式的日期和時間</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time in the form YYYY-MM-DDTHH:MM:SS</source>
        <translation>{value!r} 不是 YYYY-MM-DDTHH:MM:SS 格式的日期和時間</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 物件</translation>
    </message>
    <message>
        <source>not valid proposal options ({exc})</source>
        <translation>不是有效的方案選項（{exc}）</translation>
    </message>
    <message>
        <source>not valid agreement terms ({exc})</source>
        <translation>不是有效的協議條款（{exc}）</translation>
    </message>
    <message>
        <source>a three-letter currency code in capitals, such as CNY</source>
        <translation>由三個大寫字母組成的貨幣代碼（例如 CNY）</translation>
    </message>
    <message>
        <source>a SHA-256 checksum (64 lower-case hex digits)</source>
        <translation>SHA-256 檢查碼（64 位小寫十六進位數字）</translation>
    </message>
    <message>
        <source>{value!r} is not a stored file name</source>
        <translation>{value!r} 不是有效的儲存檔名</translation>
    </message>
    <message>
        <source>a payment</source>
        <translation>還款紀錄</translation>
    </message>
    <message>
        <source>a debt</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>an agreement</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>a legal event</source>
        <translation>法律程序事件</translation>
    </message>
    <message>
        <source>{where}: cannot be read as {what} ({exc}).</source>
        <translation>{where}：無法讀取為{what}（{exc}）。</translation>
    </message>
    <message>
        <source>There is no letter number {letter_id} in the history.</source>
        <translation>歷史紀錄中沒有編號為 {letter_id} 的信函。</translation>
    </message>
    <message>
        <source>Letter number {id} cannot be put back: the number is in use.</source>
        <translation>無法放回編號為 {id} 的信函：該編號已被使用。</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <extracomment>Tables whose rows keep living without the debt they pointed at (ON DELETE SET NULL). Tables whose rows go with the debt (ON DELETE CASCADE) besides payments and proposals.</extracomment>
        <translation>{path} 已存在；請換一個新的檔名。</translation>
    </message>
    <message>
        <source>A copy cannot replace the file it is made from.</source>
        <translation>複本不能取代作為來源的檔案。</translation>
    </message>
    <message>
        <source>Could not save a copy to {target}: the folder cannot be written.</source>
        <translation>無法把複本儲存到 {target}：該資料夾無法寫入。</translation>
    </message>
    <message>
        <source>Could not save a copy to {target}: {reason}; nothing was saved there.</source>
        <translation>無法把複本儲存到 {target}：{reason}；那裡沒有儲存任何內容。</translation>
    </message>
    <message>
        <source>The debt to {lender}</source>
        <translation>欠{lender}的債務</translation>
    </message>
    <message>
        <source>There is no debt number {id}.</source>
        <translation>沒有編號為 {id} 的債務。</translation>
    </message>
    <message>
        <source>The lender {name}</source>
        <translation>債權人{name}</translation>
    </message>
    <message>
        <source>There is no payment number {id}.</source>
        <translation>沒有編號為 {id} 的還款。</translation>
    </message>
    <message>
        <source>The payment</source>
        <translation>這筆還款</translation>
    </message>
    <message>
        <source>There is no payment number {payment_id}.</source>
        <translation>沒有編號為 {payment_id} 的還款。</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name for the rescued data.</source>
        <translation>{target} 已存在；請為搶救出的資料換一個新的檔名。</translation>
    </message>
    <message>
        <source>The rescued data must go into a new file, not over the damaged one.</source>
        <translation>搶救出的資料必須存入新檔案，不能覆蓋已損壞的檔案。</translation>
    </message>
    <message>
        <source>{damaged} is a folder, not a DebtDesk file.</source>
        <translation>{damaged} 是資料夾，不是 DebtDesk 檔案。</translation>
    </message>
    <message>
        <source>The file {damaged} does not exist.</source>
        <translation>檔案 {damaged} 不存在。</translation>
    </message>
    <message>
        <source>{name} cannot be read at all ({exc}).</source>
        <translation>{name} 完全無法讀取（{exc}）。</translation>
    </message>
    <message>
        <source>The folder {parent} cannot be written.</source>
        <translation>資料夾 {parent} 無法寫入。</translation>
    </message>
    <message>
        <source>{name} appeared while rescuing; it was left untouched.</source>
        <translation>搶救期間出現了 {name}；該檔案保持原樣未動。</translation>
    </message>
    <message>
        <source>Could not write {name} ({reason}); {damaged_name} was left untouched.</source>
        <translation>無法寫入 {name}（{reason}）；{damaged_name} 保持原樣未動。</translation>
    </message>
    <message>
        <source>{name} is damaged beyond rescue ({exc}): not even its list of tables can be read. Restore a backup instead.</source>
        <translation>{name} 損壞嚴重，無法搶救（{exc}）：連它的資料表清單都讀不出來。請改為從備份還原。</translation>
    </message>
    <message>
        <source>{name} is not a DebtDesk file (or is empty); there is nothing to rescue.</source>
        <translation>{name} 不是 DebtDesk 檔案（或是空檔案）；沒有可搶救的內容。</translation>
    </message>
    <message>
        <source>{name} was written by a newer DebtDesk; update DebtDesk to open it.</source>
        <translation>{name} 是由較新版本的 DebtDesk 寫入的；請更新 DebtDesk 後再開啟。</translation>
    </message>
    <message>
        <source>The backup {backup} does not exist.</source>
        <translation>備份 {backup} 不存在。</translation>
    </message>
    <message>
        <source>{name} is not a DebtDesk backup; nothing was restored.</source>
        <translation>{name} 不是 DebtDesk 備份；沒有還原任何內容。</translation>
    </message>
    <message>
        <source>{name} was written by a newer DebtDesk; nothing was restored.</source>
        <translation>{name} 是由較新版本的 DebtDesk 寫入的；沒有還原任何內容。</translation>
    </message>
    <message>
        <source>{name} cannot be read as a DebtDesk backup ({exc}); nothing was restored.</source>
        <translation>{name} 無法作為 DebtDesk 備份讀取（{exc}）；沒有還原任何內容。</translation>
    </message>
    <message>
        <source>{name} is damaged itself ({value}); nothing was restored.</source>
        <translation>{name} 本身已損壞（{value}）；沒有還原任何內容。</translation>
    </message>
    <message>
        <source>A file cannot be restored from itself.</source>
        <translation>檔案不能從它自己還原。</translation>
    </message>
    <message>
        <source>The folder of {name} cannot be written, so nothing was restored.</source>
        <translation>{name} 所在的資料夾無法寫入，因此沒有還原任何內容。</translation>
    </message>
    <message>
        <source>Could not restore {name} from {backup_name} ({reason}); the file was left as it was.</source>
        <translation>無法從 {backup_name} 還原 {name}（{reason}）；檔案保持原樣。</translation>
    </message>
    <message>
        <source>{name} is open read-only, so it cannot be restored here.</source>
        <translation>{name} 以唯讀方式開啟，無法在這裡還原。</translation>
    </message>
    <message>
        <source>{db_path} is a folder, not a DebtDesk file; nothing was restored.</source>
        <translation>{db_path} 是資料夾，不是 DebtDesk 檔案；沒有還原任何內容。</translation>
    </message>
    <message>
        <source>{name} is read-only or cannot be read; nothing was restored.</source>
        <translation>{name} 是唯讀的或無法讀取；沒有還原任何內容。</translation>
    </message>
    <message>
        <source>{name} is not a DebtDesk file; nothing was restored over it.</source>
        <translation>{name} 不是 DebtDesk 檔案；沒有用備份覆蓋它。</translation>
    </message>
    <message>
        <source>{name} was written by a newer DebtDesk; nothing was restored over it.</source>
        <translation>{name} 是由較新版本的 DebtDesk 寫入的；沒有用備份覆蓋它。</translation>
    </message>
    <message>
        <source>No copy of {name} could be kept before restoring ({problem}); nothing was restored.</source>
        <translation>還原前無法為 {name} 保留複本（{problem}）；沒有還原任何內容。</translation>
    </message>
    <message>
        <source>This DebtDesk cannot open encrypted files: its sqlcipher3 module is missing; reinstall DebtDesk.</source>
        <extracomment>How long a writer waits for another connection&apos;s transaction (milliseconds). The first 16 bytes of every plain SQLite file. The folder beside a data file that holds its backups (see `backups`).</extracomment>
        <translation>這個 DebtDesk 無法開啟加密檔案：缺少 sqlcipher3 模組；請重新安裝 DebtDesk。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {count} characters.</source>
        <extracomment>The shortest passphrase accepted: SQLCipher stretches it (256,000 rounds of PBKDF2), but a very short one can still be guessed.</extracomment>
        <translation>密碼太短：至少要 {count} 個字元。</translation>
    </message>
    <message>
        <source>The passphrase cannot contain a NUL character.</source>
        <translation>密碼中不能包含 NUL 字元。</translation>
    </message>
    <message>
        <source>{name} cannot be changed: its folder cannot be written.</source>
        <translation>無法變更 {name}：它所在的資料夾無法寫入。</translation>
    </message>
    <message>
        <source>{name} is not a DebtDesk file; it was left untouched.</source>
        <translation>{name} 不是 DebtDesk 檔案；已維持原狀，未做改動。</translation>
    </message>
    <message>
        <source>{name} could not be rewritten ({problem}); it was left as it was.</source>
        <translation>無法重寫 {name}（{problem}）；已維持原狀。</translation>
    </message>
    <message>
        <source>The converted copy of {name} is missing rows; {name} was left as it was.</source>
        <translation>{name} 轉換後的副本缺少資料列；{name} 已維持原狀。</translation>
    </message>
    <message>
        <source>The converted copy of {name} failed its check ({problem}); {name} was left as it was.</source>
        <translation>{name} 轉換後的副本未通過檢查（{problem}）；{name} 已維持原狀。</translation>
    </message>
    <message>
        <source>{file} in {folder}: {problem}</source>
        <translation>{folder} 中的 {file}：{problem}</translation>
    </message>
    <message>
        <source>{file} in {folder} could not be converted ({problem}); run the command again to finish.</source>
        <translation>無法轉換 {folder} 中的 {file}（{problem}）；請再執行一次這個指令來完成。</translation>
    </message>
    <message>
        <source>The backup {name} could not be converted ({problem}); run the command again to finish.</source>
        <translation>無法轉換備份 {name}（{problem}）；請再執行一次這個指令來完成。</translation>
    </message>
    <message>
        <source>Contact number {id} cannot be read: {channel!r} is not a channel this version of DebtDesk knows.</source>
        <extracomment>Tables derived from `contacts` and `settings`: rebuilt from them, never exported. Above this many marked days one pass over every contact is quicker than a query per day. The trigram index finds substrings of at least this many characters.</extracomment>
        <translation>無法讀取編號為 {id} 的催收紀錄：{channel!r} 不是此版本 DebtDesk 認得的聯絡方式。</translation>
    </message>
    <message>
        <source>Contact number {id} cannot be read: {at!r} is not a time.</source>
        <translation>無法讀取編號為 {id} 的催收紀錄：{at!r} 不是時間。</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>此處應為分隔符號 &apos;,&apos;</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>此處應為分隔符號 &apos;:&apos;</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>此處應為以雙引號括住的屬性名稱</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>文件結束後還有多餘內容</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>此處應為一個值</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>字串從此處開始但沒有結束</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>此處有無效的控制字元</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>無效的 \ 跳脫字元</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>無效的 \uXXXX 跳脫序列</translation>
    </message>
    <message>
        <source>Expecting {bracket}</source>
        <translation>此處應為 {bracket}</translation>
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
        <translation>月數，例如 12</translation>
    </message>
    <message>
        <source>paid first, e.g. 1000.00</source>
        <translation>先付，例如 1000.00</translation>
    </message>
    <message>
        <source>months with nothing to pay</source>
        <translation>無需還款的月數</translation>
    </message>
    <message>
        <source>a fixed monthly amount</source>
        <translation>每月固定金額</translation>
    </message>
    <message>
        <source>for this many months</source>
        <translation>持續的月數</translation>
    </message>
    <message>
        <source>one payment that settles everything</source>
        <translation>一次還清全部欠款的金額</translation>
    </message>
    <message>
        <source>percent a year; empty: no interest</source>
        <translation>年利率%；留空：不計息</translation>
    </message>
    <message>
        <source>days a payment may be late</source>
        <translation>還款可以晚幾天</translation>
    </message>
    <message>
        <source>Agreed balance</source>
        <translation>約定的欠款餘額</translation>
    </message>
    <message>
        <source>First payment due</source>
        <translation>第一期還款日</translation>
    </message>
    <message>
        <source>Equal instalments over</source>
        <translation>等額分期，共</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>首付款</translation>
    </message>
    <message>
        <source>Pause first (months)</source>
        <translation>先暫停還款（月）</translation>
    </message>
    <message>
        <source>Lower monthly payment</source>
        <translation>降低後的每月還款額</translation>
    </message>
    <message>
        <source>… for (months)</source>
        <translation>……持續（月）</translation>
    </message>
    <message>
        <source>Or a one-off settlement</source>
        <translation>或一次清償</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Grace (days)</source>
        <translation>寬限期（天）</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Overdue stages</source>
        <translation>逾期階段</translation>
    </message>
    <message>
        <source>Every lender (the default)</source>
        <translation>所有債權人（預設）</translation>
    </message>
    <message>
        <source>This lender has its own thresholds</source>
        <translation>這家債權人使用自己的天數</translation>
    </message>
    <message>
        <source> days past due</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The day each stage begins. Stages decide the guidance and the dates on the timeline.</source>
        <translation>每個階段開始的那一天（逾期天數）。階段決定顯示的建議和時間軸上的日期。</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>適用於</translation>
    </message>
    <message>
        <source>Early overdue from</source>
        <translation>逾期初期起始於逾期第</translation>
    </message>
    <message>
        <source>Mid overdue from</source>
        <translation>逾期中期起始於逾期第</translation>
    </message>
    <message>
        <source>Late overdue from</source>
        <translation>逾期後期起始於逾期第</translation>
    </message>
    <message>
        <source>Severe from</source>
        <translation>嚴重逾期起始於逾期第</translation>
    </message>
    <message>
        <source>⚠ Each stage must begin later than the one before it.</source>
        <translation>⚠ 每個階段都必須晚於前一個階段開始。</translation>
    </message>
    <message>
        <source>Change overdue stages</source>
        <translation>修改逾期階段</translation>
    </message>
    <message>
        <source>The overdue stages</source>
        <translation>逾期階段</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Instalment paid</source>
        <translation>已還一期</translation>
    </message>
    <message>
        <source>Instalment missed</source>
        <translation>漏還一期</translation>
    </message>
    <message>
        <source>Instalment part paid</source>
        <translation>部分還款一期</translation>
    </message>
    <message>
        <source>Instalment due</source>
        <translation>一期到期</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>還款</translation>
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
        <translation>階段變化（預計）</translation>
    </message>
    <message>
        <source>Agreement in force</source>
        <translation>協議生效</translation>
    </message>
    <message>
        <source>Agreement broken</source>
        <translation>協議違約</translation>
    </message>
    <message>
        <source>Court deadline</source>
        <translation>法院期限</translation>
    </message>
    <message>
        <source>Limitation period ends</source>
        <translation>訴訟時效屆滿</translation>
    </message>
    <message>
        <source>Contact with a red flag</source>
        <translation>有警示的催收</translation>
    </message>
    <message>
        <source>Enters {stage} (projected)</source>
        <translation>進入{stage}（預計）</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已還</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>部分已還</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未還</translation>
    </message>
    <message>
        <source>Due (to come)</source>
        <translation>到期（未來）</translation>
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
        <translation>如果不還款的階段變化</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>Deadline or limitation</source>
        <translation>期限或時效</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>No lender</source>
        <translation>無債權人</translation>
    </message>
    <message>
        <source>Penalties and fees by then: {amount}</source>
        <translation>屆時的遲延利息及費用：{amount}</translation>
    </message>
    <message>
        <source>{n} events from {first} to {last}; zoom in to see each.</source>
        <translation>{first} 至 {last} 共有 {n} 筆紀錄；放大即可逐筆檢視。</translation>
    </message>
    <message>
        <source>{stage} · {amount}</source>
        <translation>{stage} · {amount}</translation>
    </message>
    <message>
        <source>Contacts without a lender</source>
        <translation>未關聯債權人的催收</translation>
    </message>
    <message>
        <source>Nothing on the time line yet: add a debt to see its instalments, payments and stage changes.</source>
        <translation>時間軸上還沒有內容：新增一筆債務，即可看到它的各期還款、實際還款和階段變化。</translation>
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
        <translation>{n}天後</translation>
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
        <translation>縮小（Ctrl+滾輪）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滾輪）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>Right of today&apos;s line: what happens if nothing more is paid.</source>
        <translation>今天這條線右側：如果不再還款會發生什麼。</translation>
    </message>
    <message>
        <source>Drag, or Shift+wheel, to move through time; Ctrl+wheel zooms.</source>
        <translation>拖曳或按住 Shift 滾動滾輪可以在時間上移動；Ctrl+滾輪可以縮放。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資訊</translation>
    </message>
    <message>
        <source>All debts</source>
        <translation>所有債務</translation>
    </message>
    <message>
        <source>Working out where {n} debts stand…</source>
        <translation>正在計算 {n} 筆債務的狀況…</translation>
    </message>
    <message>
        <source>Click a marker to see what happened, or what will happen if nothing more is paid.</source>
        <translation>點選一個標記，檢視發生了什麼，或者如果不再還款會發生什麼。</translation>
    </message>
    <message>
        <source>Date: {date} ({when})</source>
        <translation>日期：{date}（{when}）</translation>
    </message>
    <message>
        <source>Lender: {lender}</source>
        <translation>債權人：{lender}</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>階段：{stage}</translation>
    </message>
    <message>
        <source>Days past due by then: {days}</source>
        <translation>屆時逾期天數：{days}</translation>
    </message>
    <message>
        <source>Penalty interest by then: {amount}</source>
        <translation>屆時遲延利息：{amount}</translation>
    </message>
    <message>
        <source>Late fees by then: {amount}</source>
        <translation>屆時違約金：{amount}</translation>
    </message>
    <message>
        <source>Penalties and fees by then: {amount}</source>
        <translation>屆時遲延利息及費用：{amount}</translation>
    </message>
    <message>
        <source>More than today: +{amount}</source>
        <translation>比今天多：+{amount}</translation>
    </message>
    <message>
        <source>A projection from the terms you entered, if nothing more is paid; not the lender&apos;s statement.</source>
        <translation>根據您填寫的條款、假設不再還款所作的預測，不是債權人的對帳單。</translation>
    </message>
    <message>
        <source>When: {moment}</source>
        <translation>時間：{moment}</translation>
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
        <translation>催收員：{value}</translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation>電話：{value}</translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation>警示：</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>對方所說：</translation>
    </message>
    <message>
        <source>Promises made:</source>
        <translation>所作承諾：</translation>
    </message>
    <message>
        <source>Sent: {date} ({when})</source>
        <translation>寄出：{date}（{when}）</translation>
    </message>
    <message>
        <source>Complaint letter</source>
        <translation>投訴信</translation>
    </message>
    <message>
        <source>Negotiation letter</source>
        <translation>協商信</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation>收件人：{recipient}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>語言：{language}</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>檔案：{path}</translation>
    </message>
    <message>
        <source>SHA-256: {checksum}</source>
        <translation>SHA-256：{checksum}</translation>
    </message>
    <message>
        <source>Amount paid: {amount}</source>
        <translation>還款金額：{amount}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>備註：{note}</translation>
    </message>
    <message>
        <source>Instalment number: {n}</source>
        <translation>期次：{n}</translation>
    </message>
    <message>
        <source>Amount due: {amount}</source>
        <translation>應還金額：{amount}</translation>
    </message>
    <message>
        <source>Of which principal {principal}, interest {interest}</source>
        <translation>其中本金{principal}，利息{interest}</translation>
    </message>
    <message>
        <source>Signed on {date}</source>
        <translation>{date}簽署</translation>
    </message>
    <message>
        <source>Agreed total: {amount}</source>
        <translation>約定總額：{amount}</translation>
    </message>
    <message>
        <source>From this day the agreed instalments replace the contract&apos;s.</source>
        <translation>自這一天起，約定的分期取代合約的分期。</translation>
    </message>
    <message>
        <source>Instalment {n} due on {due}: {amount} missing when the grace ended.</source>
        <translation>第{n}期（{due}到期）：寬限期結束時仍差{amount}。</translation>
    </message>
    <message>
        <source>A broken agreement usually revives the whole original debt and its penalties.</source>
        <translation>協議違約通常會使整筆原債務及其遲延利息恢復。</translation>
    </message>
    <message>
        <source>Served on {date}</source>
        <translation>{date}送達</translation>
    </message>
    <message>
        <source>The date stated on the document.</source>
        <translation>文書上寫明的日期。</translation>
    </message>
    <message>
        <source>Counted from the service date; the document&apos;s own date wins.</source>
        <translation>從送達日期起算；以文書上的日期為準。</translation>
    </message>
    <message>
        <source>Three years from {date}, for the oldest unpaid instalment.</source>
        <translation>從{date}起三年，按最早一期未還款項計算。</translation>
    </message>
    <message>
        <source>Started again on {date} by a payment or a written acknowledgement.</source>
        <translation>{date}因還款或書面確認債務而重新起算。</translation>
    </message>
    <message>
        <source>Counted from the last instalment (Civil Code art. 189): {date}.</source>
        <translation>從最後一期起算（《民法典》第189條）：{date}。</translation>
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
        <translation>期限 · 還剩{n}天</translation>
    </message>
    <message>
        <source>Deadline · passed</source>
        <translation>期限 · 已過</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Must not be negative.</source>
        <translation>不能為負數。</translation>
    </message>
    <message>
        <source>A rate is between 0% and 1000% a year.</source>
        <translation>年利率應在 0% 到 1000% 之間。</translation>
    </message>
    <message>
        <source>A day of the month is between 1 and 31.</source>
        <translation>每月的日期應在 1 到 31 之間。</translation>
    </message>
    <message>
        <source>Grace is between 0 and {max} days.</source>
        <translation>寬限期應在 0 到 {max} 天之間。</translation>
    </message>
    <message>
        <source>Listed payments cannot be combined with other terms.</source>
        <translation>逐筆列出的還款不能與其他條款同時使用。</translation>
    </message>
    <message>
        <source>Listed payments fall on different days, in order, from the first due date.</source>
        <translation>逐筆列出的還款應從第一期還款日起，按順序落在不同的日期。</translation>
    </message>
    <message>
        <source>At least one payment must ask for money.</source>
        <translation>至少要有一筆還款金額大於零。</translation>
    </message>
    <message>
        <source>The down payment is more than the agreed balance.</source>
        <translation>首付款超過了約定的欠款餘額。</translation>
    </message>
    <message>
        <source>The first agreed payment cannot fall before the agreement starts ({start}).</source>
        <translation>第一期約定還款不能早於協議生效日期（{start}）。</translation>
    </message>
    <message>
        <source>An agreement ends after it starts ({start}).</source>
        <translation>協議的結束日期應晚於生效日期（{start}）。</translation>
    </message>
    <message>
        <source>Unknown term {word!r}; use: {known}.</source>
        <translation>未知條款「{word}」；可用：{known}。</translation>
    </message>
    <message>
        <source>Give the agreed balance (balance=AMOUNT).</source>
        <translation>請提供約定的欠款餘額（balance=金額）。</translation>
    </message>
    <message>
        <source>Enter the amount without a minus sign.</source>
        <translation>請填寫金額，不要帶負號。</translation>
    </message>
    <message>
        <source>{text!r} is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>「{text}」不是日期和時間（YYYY-MM-DD HH:MM）。</translation>
    </message>
    <message>
        <source>Must be after {first}.</source>
        <translation>必須晚於{first}。</translation>
    </message>
    <message>
        <source>In the future: record a contact once it has happened (now is {now}).</source>
        <translation>這是將來的時間：催收發生之後再記錄（現在是{now}）。</translation>
    </message>
    <message>
        <source>Must be a single line of text, without control characters.</source>
        <translation>只能是一行文字，不能包含控制字元。</translation>
    </message>
    <message>
        <source>Contains a control character.</source>
        <translation>包含控制字元。</translation>
    </message>
    <message>
        <source>{text!r} is not a time of day (HH:MM).</source>
        <translation>「{text}」不是時間（HH:MM）。</translation>
    </message>
    <message>
        <source>Must be later than the start of the allowed hours.</source>
        <translation>必須晚於允許聯絡時段的開始時間。</translation>
    </message>
    <message>
        <source>The plan cannot start before {date}, the day it is worked out for.</source>
        <translation>方案的起始日期不能早於{date}，即計算方案的日期。</translation>
    </message>
    <message>
        <source>The settlement date {date} is before the plan starts ({start}).</source>
        <translation>結清日期{date}早於方案的起始日期（{start}）。</translation>
    </message>
    <message>
        <source>Add a budget in {currency} (or say how much is available each month) to share it between lenders.</source>
        <translation>請新增一份{currency}的預算（或說明每月可用的金額），才能在債權人之間分配。</translation>
    </message>
    <message>
        <source>Nothing is left each month to share between lenders once essentials and the debts paid first (priority debts, and any kept as contracted) are provided for.</source>
        <translation>扣除必要支出和優先保障的債務（優先債務以及依原合約繼續還款的債務）之後，每月已沒有可在債權人之間分配的錢。</translation>
    </message>
    <message>
        <source>An amount, not a percentage.</source>
        <translation>應為金額，而不是百分比。</translation>
    </message>
    <message>
        <source>A number, not an amount of money.</source>
        <translation>應為數字，而不是金額。</translation>
    </message>
    <message>
        <source>Write the number in digits: {text!r} is {digits}.</source>
        <translation>請用數字書寫：「{text}」即 {digits}。</translation>
    </message>
    <message>
        <source>{text!r} could mean {whole} or {fraction}: write it without the separator, or with decimals.</source>
        <translation>「{text}」可能是 {whole}，也可能是 {fraction}：請去掉分隔符號，或寫出小數。</translation>
    </message>
    <message>
        <source>{text!r} is not clear: write decimals with &apos;{decimal}&apos;, as in {example}.</source>
        <translation>「{text}」不明確：小數請用「{decimal}」，例如 {example}。</translation>
    </message>
    <message>
        <source>These debts are in different currencies ({currencies}); make one payoff plan per currency.</source>
        <translation>這些債務的幣別不同（{currencies}）；請每個幣別各做一份還款計畫。</translation>
    </message>
    <message>
        <source>The monthly amount must be more than 0, in cents at most.</source>
        <translation>每月金額必須大於 0，最多精確到分。</translation>
    </message>
    <message>
        <source>{amount} a month is less than the minimum payments of these debts together ({needed}); set at least that much, or ask the lenders for lower payments with a proposal.</source>
        <translation>每月 {amount} 低於這些債務的最低應繳金額之和（{needed}）；請至少設為這個數，或透過還款方案請債權人降低還款額。</translation>
    </message>
    <message>
        <source>{amount} a month does not clear these debts within {years} years; set a larger amount.</source>
        <translation>每月 {amount} 無法在 {years} 年內還清這些債務；請設一個更大的金額。</translation>
    </message>
    <message>
        <source>{amount} a month is less than the minimum payments in month {month}; set a larger amount.</source>
        <translation>每月 {amount} 低於第 {month} 個月的最低應繳金額之和；請設一個更大的金額。</translation>
    </message>
    <message>
        <source>{amount} a month does not cover the interest; the debt would never be repaid.</source>
        <translation>每月 {amount} 不夠支付利息；這筆債務將永遠還不清。</translation>
    </message>
    <message>
        <source>A deferral is between 0 and {max} months.</source>
        <translation>延期還款應在 0 到 {max} 個月之間。</translation>
    </message>
    <message>
        <source>A pause is between 0 and {max} months.</source>
        <translation>暫停還款應在 0 到 {max} 個月之間。</translation>
    </message>
    <message>
        <source>Instalments run over 1 to {max} months.</source>
        <translation>分期應在 1 到 {max} 個月之間。</translation>
    </message>
    <message>
        <source>Must be at least 0.01.</source>
        <translation>至少為 0.01。</translation>
    </message>
    <message>
        <source>Give a lower payment, for 1 to 120 months.</source>
        <translation>請填寫降低後的還款額，持續 1 到 120 個月。</translation>
    </message>
    <message>
        <source>A settlement is more than 0% and at most 100%.</source>
        <translation>一次清償的比例應大於 0%，且不超過 100%。</translation>
    </message>
    <message>
        <source>At most four decimal places.</source>
        <translation>最多四位小數。</translation>
    </message>
    <message>
        <source>A one-off settlement cannot be combined with instalments or a lower monthly payment.</source>
        <translation>一次清償不能與分期或降低每月還款額同時使用。</translation>
    </message>
    <message>
        <source>A one-off settlement ends the debt: there is no interest left to freeze. Untick freeze-interest.</source>
        <translation>一次清償即了結這筆債務：已沒有利息可以停止計收。請取消勾選停止計息（freeze-interest）。</translation>
    </message>
    <message>
        <source>A settlement date needs a settlement (settlement=PERCENT).</source>
        <translation>結清日期需要配合一次清償（settlement=百分比）。</translation>
    </message>
    <message>
        <source>Give either a settlement date or a deferral before the settlement, not both.</source>
        <translation>結清日期和結清前的延期還款只能二選一。</translation>
    </message>
    <message>
        <source>A pause cannot be combined with a one-off settlement.</source>
        <translation>暫停還款不能與一次清償同時使用。</translation>
    </message>
    <message>
        <source>After a pause the original instalments resume; it cannot be combined with new instalments.</source>
        <translation>暫停還款後恢復原來的分期；不能與新的分期同時使用。</translation>
    </message>
    <message>
        <source>A pause cannot be combined with a lower monthly payment.</source>
        <translation>暫停還款不能與降低每月還款額同時使用。</translation>
    </message>
    <message>
        <source>A pause already defers payments; it cannot be combined with a deferral.</source>
        <translation>暫停還款本身就推遲了還款；不能與延期還款同時使用。</translation>
    </message>
    <message>
        <source>A pause already adds no interest; it cannot be combined with freeze-interest.</source>
        <translation>暫停還款期間本身不計息；不能與停止計息（freeze-interest）同時使用。</translation>
    </message>
    <message>
        <source>Say for how many months the lower payment runs before the instalments.</source>
        <translation>請說明降低後的還款額在分期開始前持續幾個月。</translation>
    </message>
    <message>
        <source>Unknown option {word!r}; use one of: {known}.</source>
        <translation>未知選項「{word}」；可用：{known}。</translation>
    </message>
    <message>
        <source>Row {row}: {date} is listed twice.</source>
        <translation>第 {row} 列：{date} 重複出現。</translation>
    </message>
    <message>
        <source>List at least one LPR with the date it took effect.</source>
        <translation>請至少列出一個 LPR 及其生效日期。</translation>
    </message>
    <message>
        <source>{text!r} is not a number.</source>
        <translation>「{text}」不是數字。</translation>
    </message>
    <message>
        <source>Row {row}: {text!r} is not a number.</source>
        <translation>第 {row} 列：「{text}」不是數字。</translation>
    </message>
    <message>
        <source>Must be above 0 and at most {maximum}.</source>
        <translation>必須大於 0，且不超過 {maximum}。</translation>
    </message>
    <message>
        <source>Row {row}: Must be above 0 and at most {maximum}.</source>
        <translation>第 {row} 列：必須大於 0，且不超過 {maximum}。</translation>
    </message>
    <message>
        <source>Row {row}: {text!r} is not a date (YYYY-MM-DD).</source>
        <translation>第 {row} 列：「{text}」不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Row {row}: Must be between {first} and {last}.</source>
        <translation>第 {row} 列：必須在 {first} 和 {last} 之間。</translation>
    </message>
    <message>
        <source>Before the letter was exported ({date}).</source>
        <translation>早於信函匯出的日期（{date}）。</translation>
    </message>
    <message>
        <source>In the future: mark a letter once it is sent (today is {date}).</source>
        <translation>這是將來的日期：信函寄出之後再標記（今天是{date}）。</translation>
    </message>
    <message>
        <source>Between 1 and 30 years.</source>
        <translation>應在 1 到 30 年之間。</translation>
    </message>
    <message>
        <source>Between 1 and 365 days.</source>
        <translation>應在 1 到 365 天之間。</translation>
    </message>
    <message>
        <source>The deadline cannot fall before the document was served.</source>
        <translation>期限不能早於文書送達的日期。</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 個字元。</translation>
    </message>
    <message>
        <source>Too long: {length} characters, at most {limit}.</source>
        <translation>太長：{length} 個字元，最多 {limit} 個。</translation>
    </message>
    <message>
        <source>Unknown value {value!r}.</source>
        <translation>未知的值「{value}」。</translation>
    </message>
    <message>
        <source>Unknown value {value!r}: use yes or no.</source>
        <translation>未知的值「{value}」：請用 yes 或 no。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此項必填。</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>必須是整數。</translation>
    </message>
    <message>
        <source>Must be greater than zero.</source>
        <translation>必須大於零。</translation>
    </message>
    <message>
        <source>Must be at least {minimum}.</source>
        <translation>至少為 {minimum}。</translation>
    </message>
    <message>
        <source>Must be at most {maximum}.</source>
        <translation>最多為 {maximum}。</translation>
    </message>
    <message>
        <source>At most two decimal places (cents).</source>
        <translation>最多兩位小數（精確到分）。</translation>
    </message>
    <message>
        <source>{text!r} is not a date (YYYY-MM-DD).</source>
        <translation>「{text}」不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Must be between {first} and {last}.</source>
        <translation>必須在 {first} 和 {last} 之間。</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as CNY, HKD or USD.</source>
        <translation>請使用三個字母的幣別代碼，例如 CNY、HKD 或 USD。</translation>
    </message>
    <message>
        <source>At most six decimal places.</source>
        <translation>最多六位小數。</translation>
    </message>
    <message>
        <source>Above 1000% a year: check the rate and whether it is annual or daily.</source>
        <translation>年利率超過 1000%：請檢查利率，以及它是年利率還是日利率。</translation>
    </message>
    <message>
        <source>Must be less than the principal.</source>
        <translation>必須小於本金。</translation>
    </message>
    <message>
        <source>The start date is after the first recorded payment ({payment}).</source>
        <translation>起始日期晚於第一筆已記錄的還款（{payment}）。</translation>
    </message>
    <message>
        <source>Before the debt&apos;s start date ({start}).</source>
        <translation>早於債務的起始日期（{start}）。</translation>
    </message>
    <message>
        <source>In the future: record a payment once it is made (today is {today}).</source>
        <translation>這是將來的日期：還款之後再記錄（今天是{today}）。</translation>
    </message>
    <message>
        <source>The letter needs your name.</source>
        <translation>這封信函需要您的姓名。</translation>
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
        <translation>位置引數</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>子指令</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>顯示這份說明並結束</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：錯誤：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少下列必要的引數：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必須提供引數 %s 中的一個</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>無法辨識的引數：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無效的選擇：%(value)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要提供一個值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能提供一個值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要提供一個值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要提供 %s 個值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要提供 %s 個值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>選項不明確：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能與引數 %s 同時使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已忽略明確給出的值 %r</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>非預期的選項字串：%s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的指令 %(parser_name)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>無法開啟「%(filename)s」：%(error)s</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>模式為 %r 的引數「-」</translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation>.__call__() 未定義</translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation>子指令衝突：%s</translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation>子指令別名衝突：%s</translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>無法合併動作：有兩個群組都名為 %r</translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>位置引數不能使用「required」</translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>無效的選項字串 %(option)r：必須以字元 %(prefix_chars)r 開頭</translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation>像 %r 這樣的選項必須提供 dest=</translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation>無效的 conflict_resolution 值：%r</translation>
    </message>
    <message>
        <source>conflicting option string: %s</source>
        <translation>選項字串衝突：%s</translation>
    </message>
    <message>
        <source>conflicting option strings: %s</source>
        <translation>選項字串衝突：%s</translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation>互斥的引數必須是選用引數</translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation>不能有多個子指令引數</translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation>%r 無法呼叫</translation>
    </message>
</context>
</TS>

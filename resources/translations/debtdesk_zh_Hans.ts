<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgreementCommands</name>
    <message>
        <source>Record the reply to a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an agreement with {lender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End an agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a legal time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a legal time limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Record an agreement with {lender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal I sent, accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms typed in (the lender&apos;s counter-offer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the signed agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a payment is missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the agreed schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved proposal for this debt: type the terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} payments, {total} {currency} in all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialogs</name>
    <message>
        <source>No reply yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole original debt and its penalties are due again (the usual clause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is left of the agreed amount falls due at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else (see the clause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of claim served (起诉状): time to file a defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgment served (判决书): time to appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruling served (裁定书): time to appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I acknowledged the debt in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lender demanded payment in writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsScreen</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment late, inside the grace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid after the grace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late, inside the grace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence to a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal against a judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal against a ruling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limitation period ends (oldest unpaid instalment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply or wait until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lender ended it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a court document or acknowledgement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limitation period (诉讼时效) is three years from each due date, started again by a payment, a written acknowledgement or the lender&apos;s written demand; for a debt repaid in instalments the Civil Code counts from the last instalment. Court documents state their own deadline: enter it. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal time limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me at login (adds a DebtDesk entry to the desktop&apos;s autostart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export payments to a calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement yet. When a lender accepts your proposal or you accept theirs, record it here: its schedule then replaces the contract&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is general information, not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lender can treat the whole original debt and its penalties as due again: as the contract stands today, {revived} at once, with penalty interest running on it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is left of the agreed amount, {remaining}, falls due at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the agreement says: {clause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement&apos;s own words: {clause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a payment is missed after the grace, {clause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement broken since {date}: instalment {n} due on {due} was {amount} short when the grace ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement broken since {date}: instalment {n} due on {due} was not paid ({amount}) by the end of the grace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agreement says happens next: {clause}
Call or write to the lender now, pay what is missing, and ask in writing to keep the agreement; keep every reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreed payment is late: pay {amount} by {date} to keep the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track: next payment {amount} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every agreed payment is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on {date}: the contract applies again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the agreement: the contract, {principal} {currency} over {months} months from {start}, due on day {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on {signed}: {balance} {currency}, {n} payments from {first}, grace {grace} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a letter first. Letters are listed once exported from the Proposal or Letters page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the letter the lender answered first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this agreement as of {date}? From then on the contract&apos;s schedule and penalties apply again, as when a lender revives the debt. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed copy is attached to this agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DebtDesk reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments due soon, late payments and deadlines, at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autostart entry could not be written: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export payments to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DebtDesk: payments and deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay {amount} {currency} to {lender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed instalment {number} (agreement of {signed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment {number} of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already paid: {amount} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow: pay {amount} {currency} to {lender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court deadline: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day to act on the document served on {served}. Not legal advice: the document&apos;s own date wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow is the court deadline: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file a defence to the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal the judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal the ruling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>DebtDesk is already running but does not answer; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachRow</name>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{debts} debts, {payments} payments, {contacts} contacts, {budgets} budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} ({kind}): {contents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The file as it is now is kept as a backup too, so a restore can itself be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetHeaderDialog</name>
    <message>
        <source>Date of this budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a new budget whenever your situation changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. after losing my job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetLabels</name>
    <message>
        <source>Wages and salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits and allowances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support from family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing (rent, mortgage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilities and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other essential expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Add income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an essential expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. part-time job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. rent for the flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As you receive or pay it; choose how often below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is {amount} a month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetScreen</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} ({frequency}) as a monthly amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty budget for a new date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to a new date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your situation changed: start from this budget and adjust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget yet. Write down what comes in and what you must pay each month: creditors ask for it, and it shows what you can really offer. Click “New…” to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essential expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposable income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add income…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add expense…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {amount} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what comes in each month and what you must pay to live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your essential expenses are {amount} a month more than your income. That is important to show your creditors honestly: right now you cannot pay them from income, so ask first for a pause (deferral) or a token payment, and look for help with the shortfall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left for debts after essential expenses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what you can offer all your creditors together each month, without going short on essentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy budget to a new date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and name of this budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the budget of {date} and its {n} lines?
You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove expense</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Drawing the chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every table beside the chart, tab-separated, to paste into a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet: add a debt, or open the demo household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the money goes: what is owed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties and fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is owed on any debt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({n} debts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance over time: {debt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projected under current terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost of waiting: penalties and fees owed if nothing is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost of waiting: {debt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties and fees owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{debt} enters {stage} ({days} days past due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue or due within a year: waiting costs nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget, each month ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essential spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left for debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments to debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments each month against what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget yet: add income and essential spending on the Budget page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest and penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved against current terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} a month is less than the minimum payments together ({needed}): payoff strategies need at least that much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is owed: there is no plan to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avalanche (highest rate first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snowball (smallest balance first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair share (pro rata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{strategy}: {amount} a month, debt-free {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance by debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{debt} cleared in month {month} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsScreen</name>
    <message>
        <source>&amp;Debt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Each month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the money goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost of waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payoff plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the monthly amount as a number, such as 9000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add debt to {lender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit debt to {lender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete debt to {lender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment to {lender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>Log contact: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change contact rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a collector contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 某某资产管理公司, the lender&apos;s own team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said, as close to their words as you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What either side promised, with dates and amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time, as you experienced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the &amp;debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent&apos;s name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;number or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was sa&amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did they do any of this? (each is flagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings, screenshots and other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are copied into a folder beside your data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No debt chosen: counts in a complaint about {lender}, whose name it contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No debt chosen: write the lender&apos;s name here (e.g. “… for {lender}”) and this contact counts in a complaint about that lender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large ({size}; at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({size}, new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactLabels</name>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacted others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false legal claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posed as an official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted my family, employer or phone contacts</source>
        <extracomment>The wording of the conduct checkboxes: what happened, in the borrower&apos;s words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threatened me (violence, exposure, harm to me or my family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insulted or humiliated me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed false legal consequences (e.g. arrest, prison, a criminal case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretended to be police, a court, a lawyer or an official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the allowed hours {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {n} contacts from this company that day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRulesDialog</name>
    <message>
        <source>Contact rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts from this time on are flagged as at night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More contacts than this from one company in a day are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collectors may contact you only during these hours and only so often. The defaults follow common rules in China (08:00–21:00); change them to the rules where you live. This is not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts allowed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many a day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged: {flags}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Filter by company, agent, number, words said…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only fl&amp;agged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contacts logged, {flagged} flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed {start}–{end}, at most {max} a day from one company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact above to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts logged yet. After each call, message or visit from a collector, log it here: when, who, what was said. Flagged contacts can support a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: {debt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the contact of {when} ({who}) and its {n} attached files from the log?
You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is missing: it should be in {folder}, but it was moved or deleted outside DebtDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} has changed since it was attached (its checksum differs), so it may no longer be the original evidence. Open it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a kind of file that can run a program on this computer. Open it only if you trust where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer could open {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashFunnel</name>
    <message>
        <source>Something went wrong. Your data is safe: every change is saved when it is made.

What you did last may not have finished; you can carry on, or close DebtDesk and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are kept in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties and fees by then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What lenders typically do at this stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting ready to negotiate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments due in the next 45 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming stage changes if nothing is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: {amount} {currency} a month left for debts (statement of {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: none yet. Lenders ask for one; start it on the Budget page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: {done} of {total} items obtained or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: no checklist yet (Evidence page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector contacts: {n} logged, {flagged} with conduct that breaks the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{currency}: {owed} owed in all, {overdue} of it overdue; penalties and fees so far {penalties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No debts yet. Add one under Debts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue as of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most urgent: {lender}, {days} days past due ({stage}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebtDetail</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a debt above to see its schedule and payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{annual}% a year ({daily}% a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true APR {apr}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until paid off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} on {date}, {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} ({bucket}), {days} days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount}; instalments missed: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total interest over the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties and fees charged so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} if nothing is paid; penalties and fees by then {cost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lenders typically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebtDialog</name>
    <message>
        <source>Edit debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 招商银行, 借呗, a friend&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same day as the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender is a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount borrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees taken at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service fees deducted from the money you received; they raise the true rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In shorter months a due day of 29–31 falls on the month&apos;s last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep paying this one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mortgage, a car needed for work: provided for before other lenders share what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a payment is late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty rate above contract rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often 30–50%, charged daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty interest is charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also carries penalty interest (复利)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common for bank loans; without it an interest-only loan costs nothing late until maturity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed penalty rate (% a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the contract names one (e.g. for a 0% loan); empty: the contract rate plus the markup above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment goes first to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most Chinese loan contracts follow the Civil Code: fees, interest, then principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fee per missed instalment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fee, % of the missed instalment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card minimum payment (% of balance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card minimum payment at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account or card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown masked elsewhere in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First payment {amount} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} payments, total interest {interest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate {annual}% a year = {daily}% a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true APR {apr}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebtsModel</name>
    <message>
        <source>paid off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyDebts</name>
    <message>
        <source>No debts in this file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the debt that worries you most. Have its contract, statement or app at hand: the amount borrowed, the rate, how it is repaid and the due day. Add the payments you have made; DebtDesk works out the schedule, how far behind it is and what waiting costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add your first debt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the e&amp;xample household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up household in its own file, to look around first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words such as 等额本息, 罚息 or M2 are explained in the glossary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Identity document (ID card or passport)</source>
        <extracomment>Every template title of domain/evidence.py, for lupdate (a test keeps the two in step).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income proof: recent pay slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank statements for the last 3–6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written statement of your situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan contract and recent statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your credit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital admission and discharge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical bills and receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, lower pay slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts for the delayed work or sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof that the payment to you is delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School hardship certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of the family emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official notices of the disaster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceItemDialog</name>
    <message>
        <source>What document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. rent contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceLabels</name>
    <message>
        <source>Illness or accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job loss or income drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business or project payment delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceScreen</name>
    <message>
        <source>{count} ({missing} missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What made it hard to pay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the documents usually asked for in these situations; items already in the list are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lenders agree more readily when they can see proof. Tick what happened above and press “Propose checklist”, or add your own items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the status takes: today unless you choose an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to ask, what was promised, where the original is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (copies kept with this household&apos;s data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} obtained or sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{requested} requested, {needed} still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({size}, added {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} — missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One stored copy is missing: it was deleted or moved outside DebtDesk. Attach the file again if you still have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} stored copies are missing: they were deleted or moved outside DebtDesk. Attach the files again if you still have them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list already has every document usually asked for in these situations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item to the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of “{name}” that DebtDesk kept is missing: it was deleted or moved outside DebtDesk.
If you still have the original, remove this entry and attach the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has changed since it was attached (its checksum no longer matches), so it may not be the document you kept. Open it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a kind of file that can run a program. Open it only if you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opened “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExampleBanner</name>
    <message>
        <source>Example data — nothing here is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up household, kept in a file of its own to show how DebtDesk works. Change anything you like; your own debts go in your own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start my own file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Ex&amp;port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debts &amp;register as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule of the chosen debt as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule of the chosen debt as &amp;PDF to print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector &amp;contacts as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the debts register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the collector contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no budget in this file yet. Start one on the Budget page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the schedule to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {method} · borrowed {amount} {currency} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {date}: outstanding {owed}, overdue {overdue}, {days} days past due ({stage}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment schedule: {lender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, part paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with DebtDesk · page {page}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileBanner</name>
    <message>
        <source>Read-only: another program has this file open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this file or its folder cannot be written; changes cannot be saved. File ▸ Save a copy makes a copy you can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older DebtDesk wrote this file; it is shown through an updated copy and was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DebtDesk was interrupted while saving last time; that unfinished change was undone and everything saved before it is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded from an older DebtDesk; the file as it was is kept in its backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed what an interrupted import, copy or backup had left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>DebtDesk files (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to DebtDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DebtDesk keeps your debts in one file on this computer; nothing is sent anywhere.

Would you like to look around with an example household first? It is kept in its own file, so your own data never mixes with it. File ▸ New starts your own file at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with my own debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged and was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reopen the last file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New DebtDesk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a DebtDesk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free file name for the example household in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open your file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>e.g. {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>This is general information, not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints about collection conduct: 12378 and 12363</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collectors may not call at night or over and over, threaten or insult you, contact your family, employer or phone contacts, make false legal claims or pretend to be officials. Keep your log, recordings and screenshots. You can complain to the financial regulator&apos;s consumer hotline 12378, to the central bank&apos;s hotline 12363, or, about an online lending platform, to the internet finance association. A complaint does not change what you owe, and you can keep negotiating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free legal aid: 12348</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you receive a court summons, a judgment or an enforcement notice, or want to understand your legal position, call the legal aid hotline 12348 or visit a local legal aid centre. Advice is free, and people on low incomes can be assigned a lawyer. Reply to every court document by the deadline it states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid &apos;debt negotiation&apos; agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some agencies promise to stop interest and collection (停息挂账) for a fee, and ask for your ID documents, bank cards or money up front; regulators have warned against them. You can ask a lender for everything they offer — a pause, instalments, a waiver of penalties — yourself, directly and for free. Never hand over your ID card, bank cards or passwords, and never pay a fee in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send these documents to your lender yourself: you can ask for a pause, instalments or a waiver directly and for free. No paid &apos;debt negotiation&apos; agency needs your ID card, bank cards or passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current or within grace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing, or a reminder before the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay on time if you can. If you cannot, call the lender before the due date: asking early keeps the most options open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early overdue (逾期初期): {days} days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages, app notifications, automated and customer-service calls. A grace period is often still possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the lender yourself first. Explain what happened, ask for a grace period or a short deferral, and check the amount they say you owe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid overdue (逾期中期): {days} days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More calls, e-mails and letters, requests for a statement of your finances, possibly visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down your budget and a concrete plan. Gather evidence of your hardship. Negotiate, and get every agreement in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late overdue (逾期后期): {days} days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outsourced collection agencies, a record on your credit report (commonly once a payment is a month overdue), legal notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiate formally, in writing, with your evidence. Assess the legal risk. Complain about any collection misconduct you have logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe: {days} or more days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account may be charged off or sold; a lawsuit and enforcement are possible (dishonest-debtor list, spending restrictions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek legal aid or a debt adviser. Respond to every court document on time, and keep copies of everything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Days past due (DPD, 逾期天数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a debt has been overdue, counted as lenders count it: from the due date of the oldest instalment that is still not paid in full. A partial payment that does not cover that instalment does not stop the count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue stages (逾期初期, 逾期中期, 逾期后期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DebtDesk sorts each debt into a stage by its days past due: current (or within the grace days), early 1–7 days, mid 8–30, late 31–90 and severe over 90. Each stage shows what lenders typically do and what you can do. Lenders differ: change the limits for all lenders or for one under Edit ▸ Overdue stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M1, M2, M3, M3+ (overdue buckets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How lenders and collection agencies group overdue accounts by month: M1 is 1–30 days past due, M2 31–60, M3 61–90 and M3+ more than 90. The later the bucket, the more likely the account has gone to outsourced collection, been reported on the credit record, or been sold on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace days (宽限期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after a due date in which a late payment still counts as on time: no penalty interest and no overdue record. Many credit cards allow about 3 days; many online loans allow none. Enter what your contract says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty interest (罚息)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra interest charged on what is overdue, for every day it stays unpaid: commonly the contract rate plus 30%–50% of it, on the overdue principal or on the whole overdue instalment. What has accrued stays owed until it is paid or waived; paying late does not undo it. Penalty interest and fees above the legal lines are commonly reduced on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compound interest (复利)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty interest charged on interest that is itself overdue. Common on bank loans. On an interest-only (先息后本) loan every missed instalment is interest, so without 复利 the penalty would be nothing until the principal falls due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fee (滞纳金, 违约金)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed sum, or a share of the instalment, charged for each missed instalment on top of penalty interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a payment is applied (Civil Code art. 561)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a payment does not cover everything owed, the PRC Civil Code (art. 561) applies it, unless agreed otherwise, first to the costs of collection, then to interest (penalty interest included), then to principal. Credit cards and some platforms state their own order, such as the oldest instalment first. It is a setting of each debt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal instalment (等额本息)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same payment every month; early payments are mostly interest, later ones mostly principal. Payment = P·r·(1+r)^n / ((1+r)^n − 1), where P is the amount borrowed, r the annual rate divided by 12 and n the number of months. Example: 1,000,000 over 30 years at 4.9% a year is 5,307.27 a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal principal (等额本金)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same part of the principal every month (P / n) plus interest on what is still owed, so the payments start high and fall month by month. Less interest in all than 等额本息. Example: 1,000,000 over 30 years at 4.9% a year starts at 6,861.11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest first, principal at the end (先息后本)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only interest is paid each month, and the whole principal falls due with the last instalment, which is therefore large. Plan for that last payment early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All at maturity (一次性还本付息)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal and interest are paid in one sum at the end of the term. Common for private loans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card minimum payment (最低还款额)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least you can pay on a credit card statement without the card counting as overdue, commonly 10% of the balance. Interest, commonly 0.05% a day, still runs on the unpaid part, so paying only the minimum takes years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True APR (实际年化利率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly cost of a loan worked out from the money that actually changed hands, fees included (the internal rate of return, IRR). Advertised rates often hide fees: a “monthly fee” of 0.5% of the original amount, repaid in equal instalments over a year, costs about 11% a year, not 6%. DebtDesk shows the true APR beside the contract rate and compares it with the legal lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate lines courts support (利率上限)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courts do not support interest above certain lines. For private lending (民间借贷): four times the one-year Loan Prime Rate (LPR) when the contract was made, 12% a year with the LPR at 3.0%. For licensed lenders the commonly cited lines are 24% and 36% a year, fees included. Above the line, penalties and fees are commonly reduced on request. General information, not legal advice: a debt above a line is not void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposable income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is left each month for all debts together: income minus essential expenses (housing, food, utilities, transport, medical costs, childcare…). Every proposal is checked against it; lenders ask for it as an income and expenditure statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debts whose default costs a home or a livelihood: the mortgage or rent, a car loan when the car is needed for work, and similar. They are provided for, like essentials, before anything is offered to the other lenders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair share (pro rata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you owe several lenders and cannot pay them all in full, what is left after essentials and priority debts is split between them in proportion to what each is owed. Offering every lender the same proportion is the practice of UK debt advice, and a letter can say that all are offered the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferral (延期还款)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause of a few months, after which the instalments start again; ask whether interest keeps running during the pause. Lenders do grant it, for example for a hospital stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalised instalment plan (个性化分期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new repayment plan for an overdue credit card that spreads what is owed over up to 60 months, under Article 70 of the Measures for the Supervision and Administration of Credit Card Business of Commercial Banks. Ask the bank&apos;s card centre for it in writing, with your budget and evidence of the hardship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest freeze (停息挂账)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The everyday name for an agreement in which the lender stops adding interest and penalties while the balance is repaid in instalments. You can ask the lender for it yourself, for free. Beware of “negotiation” or “anti-collection” agencies that promise 停息挂账 for a fee and ask for your ID, bank cards or money up front: regulators have warned against them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver of penalties (减免罚息)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that the lender cancel the penalty interest and late fees charged since the account fell behind, often granted together with a plan you can keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-off settlement (一次性还款优惠)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying part of the balance in one sum in full and final settlement, with the rest written off. Get the lender&apos;s agreement in writing before you pay, stating that nothing more is owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit record (征信)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central bank&apos;s credit reference record. Lenders commonly report an account as overdue once it is about a month behind. Negative entries are kept for five years from the day the debt is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint channels (12378, 12363)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collectors may not threaten or insult you, call at night, contact your family, employer or phone contacts, make false legal claims or pose as officials. In China, complain to the financial regulator&apos;s consumer hotline 12378, the central bank&apos;s 12363, or the internet-finance association; elsewhere, to the local regulator. Log every contact: flagged contacts feed the complaint letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free legal aid (12348)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 12348 hotline gives free legal advice in China. Call it when you receive court documents, are threatened with a lawsuit, or are unsure of your rights. Nothing in DebtDesk is legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limitation period (诉讼时效)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lender has three years to take a claim to court, counted from when it could claim (Civil Code art. 188); for one debt repaid in instalments, from the due date of the last instalment (art. 189). A payment, a written acknowledgement of the debt or the lender&apos;s demand starts the three years again. After court documents arrive the deadlines are short (commonly 15 days to answer or to appeal a judgment): the date printed on the document is the one that counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falling behind happens to many people, and there is almost always something you can do. Lenders would rather agree a plan than chase a debt. This guide walks through the steps in the order that works best; you can stop and come back at any time. Everything stays in one file on this computer, and every change is saved as you make it (there is no Save button; Edit ▸ Undo takes a change back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Write down every debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Debts page, add each debt with the terms from its contract or app: the amount, the rate, the repayment method, the due day and the grace days. Record the payments you have made. DebtDesk then works out the schedule, how far behind each debt is, and what it will cost if nothing is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. See where you stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Overview shows what is owed and overdue, the most urgent debt, what lenders typically do at its stage and what you can do now, and when each debt will move to the next stage if nothing is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Make a budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Budget page, list your income and your essential expenses. What is left is what you can offer to lenders. Lenders ask for this statement, and a realistic one makes an agreement more likely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Gather evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Evidence page proposes a checklist from the reasons you fell behind: illness, job loss, a delayed payment to your business. Attach the documents as you get them; obtained items become the letter&apos;s enclosures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Log every collector contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each call, message or visit, write down when, who and what was said, and attach recordings and screenshots. Calls at night, too many calls, contacting your family or employer, threats and false legal claims are flagged and can support a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Make a proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Proposal page, choose what to ask for: a pause, instalments, a lower payment for a while, a waiver of penalties or a settlement. DebtDesk turns it into an exact schedule and checks it against your budget. With several lenders, each is offered its fair share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Write and send the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter sets out your situation, your request and why it is affordable, with the evidence enclosed. Review it, export it as PDF and send it; then mark it as sent on the Letters page so you can show later what you sent, when and how. Ask for written confirmation and for collection calls to pause while your request is considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. After the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the written agreement, pay on the agreed dates and record each payment. A missed payment usually revives the whole debt, so contact the lender before a date you cannot meet. If you receive court documents, answer them on time and call the 12348 legal-aid hotline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in DebtDesk is legal advice. Free legal aid: 12348. You can ask a lender directly, and for free, for everything a paid “debt negotiation” agency offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words used here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See also:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is “{term}”? Opens the glossary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain {term}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>DebtDesk help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a word, e.g. 罚息 or M2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdCommands</name>
    <message>
        <source>New budget of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy budget to {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit budget of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete budget of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose hardship reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose evidence checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence item “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename evidence item to “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “{title}” as still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “{title}” as requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “{title}” as obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “{title}” as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notes of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence item “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder evidence items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach {count} file(s) to “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdModels</name>
    <message>
        <source>Keep paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid first: short in {count} month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lump sum short by {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} a month over its share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last} ({count} months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debts paid first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to lenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online consumer loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mortgage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment platform / BNPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal instalment (等额本息)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal principal (等额本金)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest only, principal at end (先息后本)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All at maturity (一次性还本付息)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card, minimum payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the overdue principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the overdue instalment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees, then interest, then principal (Civil Code art. 561)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest instalment first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalEventDialog</name>
    <message>
        <source>Add a legal time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document states the deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. case number, court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served, sent or signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods usually run from the day after service; a deadline on a public holiday moves to the next working day. The date on the document wins. This is general information, not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterCommands</name>
    <message>
        <source>Mark letter to {to} as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark letter to {to} as not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove letter to {to} from the history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Complaint letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the financial regulator instead of the lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append my income and expenditure statement, with a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the hardship reasons you recorded are stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the letter again from these details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclosures (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. It is listed under Letters with its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section “{heading}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These characters cannot be printed, so the letter cannot be exported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s font has no Arabic, Hebrew, Thai or emoji characters, and right-to-left text cannot be laid out: write these in Latin letters or Chinese characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter is in Traditional Chinese, but these parts are in Simplified Chinese:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter is in Simplified Chinese, but these parts are in Traditional Chinese:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to Traditional Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to Simplified Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household plan shows this proposal cannot be paid every month (short by {amount} at most), so the letter asks rather than promises. A lender may refuse a plan you cannot keep: a lower payment or a longer term on the Proposal page may fit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersScreen</name>
    <message>
        <source>File as exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed since export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint &amp;about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a &amp;complaint about collection conduct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the entry off this list; the PDF file stays where it is. Edit ▸ Undo brings the entry back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation letters start on the Proposal page. Every exported letter is listed here with its checksum, so you can show later exactly what you sent; mark each one as sent once it has gone out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no flagged collector contacts logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <extracomment>View ▸ Language: each language in itself, with a mnemonic that works whatever the window&apos;s language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <extracomment>What reading a file&apos;s data can raise when a row holds something this version cannot use.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds data this version of DebtDesk cannot show ({problem}); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (example household, not your data) — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{action}” could not be saved, so the file is as it was before.

{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{action}” could not be undone; the file still holds the change, and you can try Undo again.

{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{action}” could not be redone; the file is as it was, and you can try Redo again.

{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{currency}: owed {owed}, overdue {overdue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no debts in this file yet: add one first (Edit ▸ Add a debt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on the debt chosen on the Debts page: open that page and choose a debt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a debt in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. DebtDesk saves every change as you make it; there is no Save button. Edit ▸ Undo takes a change back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the e&amp;xample household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export payments to a &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a debt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit debt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a collector contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue &amp;stages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference rate &amp;lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DebtDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the debt to {lender} and its {n} recorded payments?
You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DebtDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DebtDesk {version}

Keeps track of overdue debts in one file on this computer: {path}

Nothing in DebtDesk is legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>The reply to your letter to {recipient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lender&apos;s terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for an answer until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Edit payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a payment to {lender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the {amount} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the {amount} due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is owed on this debt any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: {amount}, since {date} ({days} days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty interest and fees owed: {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed today in all: {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than the {owed} owed today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settles instalments {first}–{last} (due {start} to {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instalment {number} (due {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settles {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays part of instalment {number} (due {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still overdue afterwards: {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties still owed: {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to pay afterwards: {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debt is paid off afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} is more than the debt could ever ask, future interest included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than is owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are recording a payment of {amount} to {lender}, but {owed} is owed on this debt today, penalties included.

Is {amount} the amount you paid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Change a proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how a debt is treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest fair shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change when the plan starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the lump sum for settlements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <source>{month} (short by {amount})</source>
        <extracomment>At most this many short months are named; the table shows them all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No debt in this currency still needs paying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a budget in {currency} (or enter the money available each month) to check this plan month by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not affordable: {count} month(s) ask more than the {available} available for debts: {months}. A lender may refuse a plan you cannot keep: try a longer term, a lower payment, a pause, or fair shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month fits, but the settlements need {needed} at once: enter the savings or help you have for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month fits, but the settlements need {needed} at once and you have {lump_sum}: {short} short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affordable: every month asks no more than the {available} available for debts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lender}: owed {balance}; the proposal asks up to {monthly} a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its fair share is {share} a month: {pot} is left after essentials and the debts paid first, shared between {count} lender(s) owed {total} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left for it: essentials and the debts paid first take all of the {available} available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lender who shares is offered the same proportion of what it is owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lender}: owed {balance}; a one-off settlement of {amount} on {date}, from savings or help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lender} is a priority debt, paid before the others share: owed {balance}, up to {monthly} a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lender} is kept as contracted, paid before the others share: owed {balance}, up to {monthly} a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its arrears of {amount} are paid in the first month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lump sum is {amount} short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asks up to {amount} a month more than its share, in {count} month(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debts paid first need up to {amount} more than is available, in {count} month(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal for {lender} cannot be worked out now and is shown as kept: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <source>What to ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer payments for (months; interest runs on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deferral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or pause for (months; no interest), then the same instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repay in instalments over (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or pay a lower amount each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…for (months), then spread the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until repaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or settle once at (% of the balance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…on (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to waive penalty interest and fees (减免罚息)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to freeze interest (停息挂账)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalScreen</name>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from your latest budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest fair shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a letter with this proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not legal advice: general information to help you prepare your own proposal. Check the figures with your lenders&apos; statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money available for debts each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings or help for one-off settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a treatment to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from your latest budget: none in this currency yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} from your latest budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateCheck</name>
    <message>
        <source>Licensed lenders, lower line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed lenders, upper line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private lending: a multiple of the one-year LPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true APR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penalty rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True APR {apr}% a year · contract rate {contract}% · penalty rate {penalty}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ above {rate}% a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Above {rate}% a year ({line}, for contracts from {since}): {figures}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courts commonly do not support interest above {rate}% a year; you can ask the lender to recalculate the interest, penalty interest and fees. Not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the reference lines ({rates} a year). Not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference line applies to this debt (Edit ▸ Reference rate lines). Not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 debt charges more than {rate}% a year, counting fees or penalty interest: {lenders}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} debts charge more than {rate}% a year, counting fees or penalty interest: {lenders}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courts commonly do not support interest above these lines; you can ask the lender to recalculate. The figures are on each debt&apos;s page. Not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateLinesDialog</name>
    <message>
        <source>Reference rate lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courts commonly do not support interest above these lines. DebtDesk compares each debt&apos;s true APR (fees included), contract rate and penalty rate with every line that applies to it. A line applies to contracts made on or after its date; the private-lending line uses the one-year LPR in force on the day the contract was made. Not legal advice: check the lines that apply to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For contracts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to leave this line out of every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× the one-year LPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-year Loan Prime Rate (LPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each new rate with the date it took effect; the one in force on a contract&apos;s start date is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reference rate lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Filter by lender, kind, stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide until something new comes up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements broken: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court deadlines coming: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed payments late, still inside the grace: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debts with late payments: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments due within a week: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters without an answer: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lender}: the agreement counts as broken since {date} ({amount} missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court deadline on {date}: {days} days left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lender}: pay {amount} by {date} to keep the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lender}: {amount} overdue since {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lender}: {amount} due on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lender}: no answer to your letter by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DebtDesk: something needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>Check &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is whole: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged:
{problems}

It has not been changed. You can go back to a backup (File ▸ Restore from backup), or copy everything still readable into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue into a new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only, so it cannot be restored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what {name} holds now with this backup? What it holds now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the file as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} now holds the backup. What it held before is kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged, so DebtDesk did not open it and has not changed it.

What SQLite found: {problem}

You can go back to a backup, or copy everything that can still be read into a new file (the damaged file stays as it is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was restored from the backup. The damaged file is kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was rescued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data rescued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows were rescued into {target}; {name} was left as it was.

{details}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, part paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find</source>
        <extracomment>the kind (&apos;debt&apos;, &apos;contact&apos;, &apos;evidence&apos;) and id of the chosen record</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender, company, agent, phone or account number, words said…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in debts, collector contacts and evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} found. Choose one to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Registered post or courier (挂号信, EMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lender&apos;s app or online service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the letter as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered post or e-mail leaves proof of when it was sent; keep the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to {to}, exported on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsForm</name>
    <message>
        <source>e.g. 12000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months, e.g. 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid first, e.g. 1000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months with nothing to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed monthly amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for this many months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one payment that settles everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent a year; empty: no interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days a payment may be late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First payment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal instalments over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause first (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower monthly payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… for (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or a one-off settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace (days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Overdue stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lender (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lender has its own thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day each stage begins. Stages decide the guidance and the dates on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early overdue from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid overdue from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late overdue from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Each stage must begin later than the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change overdue stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overdue stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Instalment paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment part paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage change (projected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limitation period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact with a red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enters {stage} (projected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (to come)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage change if nothing is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline or limitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties and fees by then: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} · {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts without a lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the time line yet: add a debt to see its instalments, payments and stage changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right of today&apos;s line: what happens if nothing more is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag, or Shift+wheel, to move through time; Ctrl+wheel zooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a marker to see what happened, or what will happen if nothing more is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {date} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender: {lender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past due by then: {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty interest by then: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fees by then: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties and fees by then: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than today: +{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A projection from the terms you entered, if nothing more is paid; not the lender&apos;s statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: {date} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: {checksum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment number: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which principal {principal}, interest {interest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed total: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day the agreed instalments replace the contract&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment {n} due on {due}: {amount} missing when the grace ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broken agreement usually revives the whole original debt and its penalties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date stated on the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the service date; the document&apos;s own date wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three years from {date}, for the oldest unpaid instalment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started again on {date} by a payment or a written acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the last instalment (Civil Code art. 189): {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} · {days} days past due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Deadline · {n} days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline · passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate is between 0% and 1000% a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day of the month is between 1 and 31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace is between 0 and {max} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed payments cannot be combined with other terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed payments fall on different days, in order, from the first due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one payment must ask for money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The down payment is more than the agreed balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first agreed payment cannot fall before the agreement starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement ends after it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown term {word!r}; use: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the agreed balance (balance=AMOUNT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount without a minus sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be after {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the future: record a contact once it has happened (now is {now}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a single line of text, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a time of day (HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be later than the start of the allowed hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot start before {date}, the day it is worked out for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement date {date} is before the plan starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a budget in {currency} (or say how much is available each month) to share it between lenders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left each month to share between lenders once essentials and the debts paid first (priority debts, and any kept as contracted) are provided for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount, not a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the number in digits: {text!r} is {digits}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} could mean {whole} or {fraction}: write it without the separator, or with decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not clear: write decimals with &apos;{decimal}&apos;, as in {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} a month does not cover the interest; the debt would never be repaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deferral is between 0 and {max} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause is between 0 and {max} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalments run over 1 to {max} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at least 0.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a lower payment, for 1 to 120 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A settlement is more than 0% and at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most four decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-off settlement cannot be combined with instalments or a lower monthly payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-off settlement ends the debt: there is no interest left to freeze. Untick freeze-interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A settlement date needs a settlement (settlement=PERCENT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a settlement date or a deferral before the settlement, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause cannot be combined with a one-off settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a pause the original instalments resume; it cannot be combined with new instalments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause cannot be combined with a lower monthly payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause already defers payments; it cannot be combined with a deferral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause already adds no interest; it cannot be combined with freeze-interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say for how many months the lower payment runs before the instalments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option {word!r}; use one of: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {date} is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one LPR with the date it took effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {text!r} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be above 0 and at most {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: Must be above 0 and at most {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {text!r} is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: Must be between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the letter was exported ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the future: mark a letter once it is sent (today is {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 1 and 30 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 1 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline cannot fall before the document was served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: {length} characters, at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value {value!r}: use yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at least {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at most {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most two decimal places (cents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as CNY, HKD or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most six decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above 1000% a year: check the rate and whether it is annual or daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be less than the principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is after the first recorded payment ({payment}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the debt&apos;s start date ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the future: record a payment once it is made (today is {today}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter needs your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

"""English: a formal British-style letter ("Dear Sir or Madam" ... "Yours faithfully").

Keys ending in `_one` are the singular forms chosen when a count is 1.
"""

WORDS = {
    # -- dates, money, numbers ---------------------------------------------------
    "date": "{day} {month_name} {year}",
    "datetime": "{date}, {time}",
    "month_names": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"),
    "money": {"*": "{code} {amount}"},
    "unit": {"*": "{code}"},
    "item": "({numeral}) ",
    "numerals": "abcdefghij",
    "item_sep": ";",
    "item_end": ".",
    "flag_join": "; ",
    "or": " or ",
    "sentence_end": ".",
    # -- letter frame ----------------------------------------------------------------
    "label_to": "To:",
    "label_from_negotiation": "From:",
    "label_from_complaint": "From:",
    "label_address": "Address:",
    "label_phone": "Tel:",
    "label_email": "E-mail:",
    "label_account": "Account number:",
    "label_date": "Date:",
    "label_subject": "Re: ",
    "enclosures": "Enclosures:",
    "page": "Page {page} of {pages}",
    "you": {"bank": "you", "platform": "you", "other": "you", "person": "you", "regulator": "you"},
    "salutation": {"org": "Dear Sir or Madam,", "person": "Dear {name},"},
    "closing": {"org": "Yours faithfully,", "person": "Yours sincerely,"},
    "signature_negotiation": "{name}",
    "signature_complaint": "{name}",
    # -- the negotiation letter -------------------------------------------------------
    "products": {
        "credit_card": "credit card account",
        "online_loan": "online loan",
        "bank_loan": "personal loan",
        "mortgage": "mortgage",
        "car_loan": "car loan",
        "private_loan": "loan",
        "instalment_platform": "instalment plan",
        "student_loan": "student loan",
        "other": "loan",
    },
    "neg_subject": "Request for a repayment arrangement on my {product}",
    "neg_h_situation": "My situation",
    "neg_h_paid": "What I have paid so far",
    "neg_h_request": "My proposal",
    "neg_h_afford": "What I can afford",
    "neg_h_confirm": "What I ask of you",
    "account_clause": " (account number {account})",
    "intro_card": "I hold a credit card issued by you{account_clause}.",
    "intro_loan": "On {start} I took out {a_product} with you for {principal}{account_clause}.",
    "intro_person": "On {start} I borrowed {principal} from you.",
    "cause_given": "Because of {cause}, ",
    "cause_none": "Because my financial circumstances have changed, ",
    "intro_unable": "{cause_clause}I am currently unable to keep up the repayments as originally agreed. I have no "
                    "intention of avoiding this debt, and I am writing to explain my situation and to propose an "
                    "arrangement that I can keep to.",
    "paid_some": "As of {as_of} I have paid {paid} in {count} payments.",
    "paid_some_one": "As of {as_of} I have paid {paid} in one payment.",
    "paid_none": "As of {as_of} I have not yet made any payments.",
    "overdue": "The amount now overdue is {overdue}; the oldest unpaid instalment fell due on {due} and is "
               "{days} days overdue.",
    "overdue_one": "The amount now overdue is {overdue}; the oldest unpaid instalment fell due on {due} and is "
                   "one day overdue.",
    "not_overdue": "No payment is overdue yet, but I do not expect to be able to meet the coming payments.",
    "outstanding": "By my own calculation, the balance outstanding is {outstanding} (the overdue amount plus the "
                   "principal not yet due){penalty_clause}. If your records differ, please send me a breakdown of "
                   "the balance so that I can check it.",
    "penalty_clause": ", plus {accrued} in penalty interest and late fees",
    "request_lead": "I respectfully ask you to agree to the following arrangement:",
    "opt_deferral": "a deferral of {months} months from {start}, during which no payments are made{interest_note}",
    "opt_deferral_one": "a deferral of one month from {start}, during which no payment is made{interest_note}",
    "opt_deferral_interest": " (interest continues to accrue and is added to the balance)",
    "opt_lower": "a reduced payment of {amount} a month for {months} months, starting on {first}",
    "opt_lower_one": "a reduced payment of {amount} for one month, on {first}",
    "opt_lower_open": "a reduced payment of {amount} a month, starting on {first}, until the balance is repaid",
    "opt_instalments": "repayment of the remaining balance in {count} monthly instalments, the first on {first}",
    "opt_instalments_card": ("a personalised instalment plan (个性化分期, Article 70 of the Measures for the "
                             "Supervision and Administration of Credit Card Business of Commercial Banks) for the "
                             "remaining card balance: {count} monthly instalments, the first on {first}"),
    "opt_instalments_one": "repayment of the remaining balance in a single payment on {first}",
    "opt_settlement": "a single payment of {percent}% of the balance of {owed}, that is {amount}, by {date}, in full "
                      "and final settlement of the account, with the remaining {forgiven} written off",
    "opt_waive": "waiver of the penalty interest and late fees charged since the account fell behind ({waived})",
    "opt_waive_none": "waiver of penalty interest and late fees",
    "opt_freeze": "freezing of interest while the arrangement runs",
    "table_intro": "Under this arrangement I would pay {total} in total, including {interest} in interest, over "
                   "{count} payments; the highest monthly payment is {highest}. The proposed schedule is as follows:",
    "table_intro_one": "Under this arrangement I would pay {total} in total, including {interest} in interest, in "
                       "one payment. The proposed schedule is as follows:",
    "table_intro_settlement": "Under this arrangement I would pay {amount} on {date}, as follows:",
    "table_header": ("No.", "Date", "Payment ({unit})", "Principal", "Interest", "Balance"),
    "table_total": "Total",
    "afford_budget": "According to my income and expenditure statement of {taken_on}, my household's monthly income "
                     "is {income} and essential expenses come to {expenses}, leaving {disposable} a month for debt "
                     "repayments.",
    "afford_budget_short": "According to my income and expenditure statement of {taken_on}, my household's monthly "
                           "income is {income} and essential expenses come to {expenses}, a shortfall of {shortfall} "
                           "a month.",
    "afford_yes": "The highest monthly payment in this proposal is {highest}, which is within what I can afford, so "
                  "I am confident that I can keep to the arrangement.",
    "afford_no": "The highest monthly payment in this proposal is {highest}. I will cut my spending further to make "
                 "sure that I can keep to it.",
    "afford_settlement": "I will be able to pay the settlement amount by {date}.",
    "afford_none": "I can provide proof of my income and essential expenses so that you can check what I can afford.",
    "confirm": "Please consider this proposal and confirm your decision to me in writing (by letter or e-mail).",
    "pause": "While you consider it, I ask that collection calls, messages and visits be paused.",
    "contact": "If you need further information or documents, please contact me {ways}.",
    "contact_phone": "by phone on {phone}",
    "contact_email": "by e-mail at {email}",
    "contact_none": "If you need further information or documents, please write to me.",
    "thanks": "Thank you for your understanding. I am committed to repaying what I owe.",
    # -- the complaint letter -----------------------------------------------------------
    "cmp_subject": "Complaint about debt collection conduct",
    "cmp_h_background": "Background",
    "cmp_h_records": "What happened",
    "cmp_h_request": "What I ask",
    "cmp_intro_debt": "My {product} with {lender}{account_clause} is in arrears, and I am willing to discuss "
                      "repayment with {lender}. Recently, however, the people collecting this debt have "
                      "behaved as described below, which has seriously disrupted my own and my family's daily "
                      "life. I am writing to complain about it.",
    "cmp_intro_plain": "I have recently been subjected to improper debt collection, which has seriously disrupted my "
                       "own and my family's daily life. I am writing to complain about it. The details are below.",
    "record_no": "{number}. ",
    "record_head": "{when}: {channel} from {who}.",
    "who_company_agent": "{agent} of {company}",
    "who_company": "{company}",
    "who_agent": "{agent}",
    "who_generic": "a collector",
    "who_phone": " (number {phone})",
    "channels": {
        "call": "a phone call",
        "sms": "a text message",
        "app": "an app message",
        "email": "an e-mail",
        "letter": "a letter",
        "visit": "a visit",
    },
    "record_flags": "Issues: {flags}.",
    "flags": {
        "night": "contact at night or early in the morning",
        "too_many": "too many contacts in one day",
        "third_party": "contacting my family, employer or phone contacts",
        "threats": "threats",
        "insults": "insults or abusive language",
        "false_legal_claims": "false claims about legal consequences",
        "impersonation": "impersonating police, court or government officials",
    },
    "cmp_breach": "I believe this conduct breaches the financial regulators' rules on debt collection and the "
                  "industry's own codes of conduct.",
    "cmp_evidence_enclosed": "Copies of the supporting evidence are enclosed.",
    "cmp_evidence_kept": "I have kept a record of each of these contacts and can provide the details on request.",
    "cmp_req_lead": "I therefore ask you to:",
    "cmp_req_stop": "stop this conduct immediately",
    "cmp_req_investigate": "investigate the collectors and any collection agency acting for you, and deal with them "
                           "appropriately",
    "cmp_req_investigate_regulator": "investigate {lender}, its collectors and any collection agency acting for it, "
                                     "and require it to put things right",
    "cmp_req_reply": "reply to me in writing with the outcome",
    "cmp_escalate_cn": "If you do not resolve this, I will refer the matter to the National Financial Regulatory "
                       "Administration (banking and insurance consumer complaints hotline 12378), the People's Bank "
                       "of China (financial consumer hotline 12363) and the National Internet Finance Association of "
                       "China.",
    "cmp_escalate_other": "If you do not resolve this, I will refer the matter to the financial regulator.",
    "cmp_cooperate": "I remain willing to settle what I owe, but the debt must be collected lawfully. Please give "
                     "this complaint your serious attention.",
    "regulators_cn": (
        ("National Financial Regulatory Administration", "12378"),
        ("People's Bank of China", "12363"),
        ("National Internet Finance Association of China", ""),
    ),
    # -- the appendix: income and expenditure statement ------------------------------------
    "app_title": "Appendix: income and expenditure statement",
    "app_taken_on": "Prepared on {date}. Currency: {currency}",
    "app_header": ("Item", "Details", "Amount", "Frequency", "Per month"),
    "app_income": "Income",
    "app_expenses": "Essential expenses",
    "app_total_income": "Total monthly income",
    "app_total_expenses": "Total essential expenses",
    "app_disposable": "Available each month for debt repayments",
    "app_enclosure": "Income and expenditure statement (appendix)",
    "app_chart": "Chart",
    "frequencies": {"weekly": "weekly", "fortnightly": "fortnightly", "monthly": "monthly", "quarterly": "quarterly",
                    "yearly": "yearly"},
    "categories": {
        "wages": "Wages",
        "benefits": "Benefits",
        "family_support": "Support from family",
        "other_income": "Other income",
        "housing": "Housing (rent or mortgage)",
        "food": "Food",
        "utilities": "Utilities and phone",
        "transport": "Transport",
        "medical": "Medical",
        "education": "Education",
        "childcare": "Childcare",
        "insurance": "Insurance",
        "other_expense": "Other essential expenses",
    },
    # -- enclosures: checklist items by template key (items the user renamed keep their name) --
    "evidence_titles": {
        "identity": "Identity document (ID card or passport)",
        "pay_slips": "Income proof: recent pay slips",
        "bank_statements": "Bank statements for the last 3–6 months",
        "statement": "A written statement of your situation",
        "contract": "The loan contract and recent statements",
        "credit_report": "Your credit report",
        "diagnosis": "Diagnosis certificate",
        "hospital_records": "Hospital admission and discharge records",
        "medical_bills": "Medical bills and receipts",
        "termination": "Termination letter",
        "unemployment": "Unemployment registration",
        "new_pay_slips": "New, lower pay slips",
        "business_contracts": "Contracts for the delayed work or sale",
        "payment_delay_proof": "Proof that the payment to you is delayed",
        "school_hardship": "School hardship certificate",
        "enrolment": "Proof of enrolment",
        "family_certificates": "Certificates of the family emergency",
        "official_notices": "Official notices of the disaster",
    },
}

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
    "closing": {"org": "Yours faithfully,", "person": "With best wishes,"},
    "signature_negotiation": "{name}",
    "signature_negotiation_person": "{name}",
    "signature_complaint": "{name}",
    # Chinese letters print these under the signature; an English letter leaves a blank above the name.
    "sign_label": "Signature:",
    "sign_date": "Date:",
    "sign_ymd": ("", "", ""),
    # A private lender is written to as a person (suffix `_person`), a card issuer in card terms (`_card`).
    "label_to_person": "To:",
    "label_from_negotiation_person": "From:",
    "label_subject_person": "",
    "label_account_card": "Card number:",
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
    "neg_subject_person": "Paying back the money you lent me",
    "neg_h_situation": "My situation",
    "neg_h_paid": "What I have paid so far",
    "neg_h_request": "My proposal",
    "neg_h_afford": "What I can afford",
    "neg_h_confirm": "What I ask of you",
    "neg_h_situation_person": "What has happened",
    "neg_h_paid_person": "What I have paid back so far",
    "neg_h_request_person": "What I suggest",
    "neg_h_afford_person": "What I can afford",
    "neg_h_confirm_person": "What I am asking",
    "account_clause": " (account number {account})",
    "account_clause_card": " (card number {account})",
    "intro_card": "I hold a credit card issued by you{account_clause}.",
    "intro_loan": "On {start} I took out {a_product} with you for {principal}{account_clause}.",
    "intro_person": "On {start} you lent me {principal}, and I am grateful for the trust and help you gave me.",
    "cause_given": "Because of {cause}, ",
    "cause_none": "Because my financial circumstances have changed, ",
    "cause_none_person": "Because my circumstances have changed, ",
    "cause_reasons": "As a result, ",
    # One sentence per hardship reason the user recorded; the second and later ones open with a link word.
    "reason_links": ("", "On top of that, ", "At the same time, ", "In addition, ", "Also, ", "Besides, ",
                     "And ", "And "),
    "reason_illness": "I have been receiving medical treatment for a serious health problem; for much of that "
                      "time I could not work normally, and my medical bills have been high.",
    "reason_job_loss": "I have lost my job and, with it, my main source of income.",
    "reason_income_drop": "My pay has been cut sharply, so my income is much lower than before.",
    "reason_work_income": "My income from work has fallen sharply.",
    "reason_business_delay": "Customers of my business have not yet paid me for work already completed, so money I "
                             "was counting on for these repayments has not come in.",
    "reason_student": "I am still a student and have no steady income of my own.",
    "reason_family_emergency": "An emergency in my family has left me with unexpected costs and responsibilities.",
    "reason_disaster": "A natural disaster in my area has affected my home and my livelihood.",
    "intro_unable_person": "{cause_clause}I cannot pay you back on the terms we agreed. I am not trying to avoid "
                           "what I owe you: I am writing to explain what has happened and to suggest a way of "
                           "paying you back.",
    "intro_unable": "{cause_clause}I am currently unable to keep up the repayments as originally agreed. I have no "
                    "intention of avoiding this debt, and I am writing to explain my situation and to propose a new "
                    "repayment arrangement.",
    "paid_some": "As of {as_of} I have paid {paid} in {count} payments.",
    "paid_some_one": "As of {as_of} I have paid {paid} in one payment.",
    "paid_none": "As of {as_of} I have not yet made any payments.",
    "overdue": "The amount now overdue is {overdue}; the oldest unpaid instalment fell due on {due} and is "
               "{days} days overdue.",
    "overdue_one": "The amount now overdue is {overdue}; the oldest unpaid instalment fell due on {due} and is "
                   "one day overdue.",
    "not_overdue": "No payment is overdue yet, but I do not expect to be able to meet the coming payments.",
    "paid_some_person": "As of {as_of} I have paid you back {paid} in {count} payments.",
    "paid_some_person_one": "As of {as_of} I have paid you back {paid} in one payment.",
    "paid_none_person": "As of {as_of} I have not yet been able to pay anything back.",
    "overdue_person": "{overdue} is now overdue; the first payment I missed was due on {due}, {days} days ago.",
    "overdue_person_one": "{overdue} is now overdue; the first payment I missed was due on {due}, yesterday.",
    "not_overdue_person": "I have not missed a payment yet, but I can see that I will not manage the next ones.",
    "overdue_card": "The minimum payments now unpaid come to {overdue}; the oldest fell due on {due} and is "
                    "{days} days overdue.",
    "overdue_card_one": "The minimum payments now unpaid come to {overdue}; the oldest fell due on {due} and is "
                        "one day overdue.",
    "not_overdue_card": "No minimum payment is overdue yet, but I do not expect to be able to make the coming ones.",
    "outstanding": "By my own calculation, the balance outstanding is {outstanding} (the overdue amount plus the "
                   "principal not yet due){penalty_clause}. If your records differ, please send me a breakdown of "
                   "the balance so that I can check it.",
    "penalty_clause": ", plus {accrued} in penalty interest and late fees",
    "outstanding_person": "By my reckoning I owe you {outstanding} in all{penalty_clause}. If your figure is "
                          "different, please tell me and we can go through it together.",
    "penalty_clause_person": ", plus {accrued} in late interest and charges",
    "outstanding_card": "By my own calculation, the card balance outstanding is {outstanding}{penalty_clause}. If "
                        "your records differ, please send me a statement of the account so that I can check it.",
    "penalty_clause_card": ", plus {accrued} in late fees and charges",
    "request_lead_person": "I would like to ask you to agree to the following:",
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
    "opt_instalments_card_one": "repayment of the remaining card balance in a single payment on {first}",
    "opt_settlement": "a single payment of {percent}% of the balance of {owed}, that is {amount}, by {date}, in full "
                      "and final settlement of the account, with the remaining {forgiven} written off",
    "opt_waive": "waiver of the penalty interest and late fees charged since the account fell behind ({waived})",
    "opt_waive_none": "waiver of penalty interest and late fees",
    "opt_freeze": "freezing of interest while the arrangement runs",
    "opt_deferral_person": "a pause of {months} months from {start}, when I would make no payments{interest_note}",
    "opt_deferral_person_one": "a pause of one month from {start}, when I would make no payment{interest_note}",
    "opt_lower_person": "smaller payments of {amount} a month for {months} months, starting on {first}",
    "opt_lower_person_one": "a smaller payment of {amount} for one month, on {first}",
    "opt_lower_open_person": "payments of {amount} a month from {first} until I have paid you back in full",
    "opt_instalments_person": "paying back the rest in {count} monthly payments, the first on {first}",
    "opt_instalments_person_one": "paying back the rest in a single payment on {first}",
    "opt_settlement_person": "a single payment of {amount} by {date} ({percent}% of the {owed} I owe you), after "
                             "which you would let the remaining {forgiven} go and we would be square",
    "opt_waive_person": "letting go of the late interest and charges added since I fell behind ({waived})",
    "opt_waive_none_person": "letting go of late interest and charges",
    "opt_freeze_person": "no further interest while I keep to this plan",
    "opt_deferral_interest_person": " (interest would still be added for those months)",
    "opt_deferral_card": "a pause of {months} months from {start} in which no minimum payment is due{interest_note}",
    "opt_deferral_card_one": "a pause of one month from {start} in which no minimum payment is due{interest_note}",
    "opt_waive_card": "waiver of the late fees and charges added since the account fell behind ({waived})",
    "opt_waive_none_card": "waiver of late fees and charges",
    "table_intro": "Under this arrangement I would pay {total} in total, including {interest} in interest, over "
                   "{count} payments; the highest monthly payment is {highest}. The proposed schedule is as follows:",
    "table_intro_one": "Under this arrangement I would pay {total} in total, including {interest} in interest, in "
                       "one payment. The proposed schedule is as follows:",
    "table_intro_settlement": "Under this arrangement I would pay {amount} on {date}, as follows:",
    "table_header": ("No.", "Date", "Payment ({unit})", "Principal", "Interest", "Balance"),
    "table_total": "Total",
    "deferred_row": "Deferred — interest added: {interest}",
    "deferred_row_free": "Deferred — no interest added",
    "table_intro_person": "Under this plan I would pay you {total} in all, including {interest} in interest, over "
                          "{count} payments; the most I would pay in any month is {highest}. Here is the schedule:",
    "table_intro_person_one": "Under this plan I would pay you {total} in all, including {interest} in interest, in "
                              "one payment. Here is the schedule:",
    "table_intro_no_interest": "Under this arrangement I would pay {total} in total, with no interest, over {count} "
                               "payments; the highest monthly payment is {highest}. The proposed schedule is as "
                               "follows:",
    "table_intro_no_interest_one": "Under this arrangement I would pay {total} in total, with no interest, in one "
                                   "payment. The proposed schedule is as follows:",
    "table_intro_no_interest_person": "Under this plan I would pay you {total} in all, with no interest, over {count} "
                                      "payments; the most I would pay in any month is {highest}. Here is the "
                                      "schedule:",
    "table_intro_no_interest_person_one": "Under this plan I would pay you {total} in all, with no interest, in one "
                                          "payment. Here is the schedule:",
    "table_intro_settlement_person": "Under this plan I would pay you {amount} on {date}:",
    "afford_budget": "According to my income and expenditure statement of {taken_on}, my household's monthly income "
                     "is {income} and essential expenses come to {expenses}, leaving {disposable} a month for debt "
                     "repayments.",
    "afford_budget_short": "According to my income and expenditure statement of {taken_on}, my household's monthly "
                           "income is {income} and essential expenses come to {expenses}, a shortfall of {shortfall} "
                           "a month.",
    "afford_priority": "My priority debts (such as a home or car loan) and any debts I am keeping up as agreed come first; they need {provided} a month.",
    "afford_pot": "That leaves {pot} a month for the {count} debts I cannot pay in full, yours included, which come to {shared_total} in all.",
    "afford_pot_one": "That leaves {pot} a month for repaying {you}.",
    "afford_share": "In proportion to the {balance} I owe {you}, your share is {share} a month.",
    "afford_same": "I am offering the same proportion of what I owe on each of these debts.",
    "afford_nothing_left": "So at present nothing is left over each month for repaying {you}.",
    "afford_yes": "The highest monthly payment in this proposal is {highest}, which is within what my budget allows for {you}, so I am confident that I can keep to the arrangement.",
    "afford_request": "The highest monthly payment in this proposal is {highest}, more than the {share} a month my budget leaves for {you}, so I cannot promise it. It is the most I can offer at present, and I ask you to consider it on that basis; I will tell you at once if my situation changes.",
    "afford_request_plain": "The highest monthly payment in this proposal is {highest}. My budget does not show that I can pay this every month, so I cannot promise it. It is the most I can offer at present, and I ask you to consider it on that basis; I will tell you at once if my situation changes.",
    "afford_settlement_request": "I am still gathering the money for the settlement and cannot yet promise it by {date}. I ask you to consider the offer on that basis, and I will confirm as soon as I have the money.",
    "afford_priority_person": "My priority debts (such as a home or car loan) and any debts I'm keeping up as agreed have to come first; they need {provided} a month.",
    "afford_pot_person": "That leaves {pot} a month for the {count} debts I can't pay in full, yours included, which come to {shared_total} altogether.",
    "afford_pot_one_person": "That leaves {pot} a month for paying you back.",
    "afford_share_person": "In proportion to the {balance} I owe you, your part of that is {share} a month.",
    "afford_same_person": "Everyone I owe is being offered the same proportion of what I owe them.",
    "afford_nothing_left_person": "So at the moment there is nothing left over to pay you back.",
    "afford_request_person": "The most this plan asks in a month is {highest}, more than the {share} my budget leaves for you right now, so I can't promise it. It's honestly the most I can offer at the moment, and I'll tell you straight away if things get better.",
    "afford_request_plain_person": "The most this plan asks in a month is {highest}. Going by my budget I can't promise to manage that every month; it's honestly the most I can offer at the moment, and I'll tell you straight away if things get better.",
    "afford_settlement_request_person": "I'm still getting the money together, so I can't promise it by {date} yet; I'll let you know as soon as I have it.",
    "afford_yes_person": "The most I would pay you in any month is {highest}, which is within what my budget allows for you, so I am sure I can keep to this plan.",
    "afford_pot_all": "This has to be shared between the {count} debts I cannot pay in full, yours included, which come to {shared_total} in all.",
    "afford_pot_all_person": "That has to be shared between the {count} debts I can't pay in full, yours included, which come to {shared_total} altogether.",
    "afford_settlement": "I will be able to pay the settlement amount by {date}.",
    "afford_none": "I can provide proof of my income and essential expenses so that you can check what I can afford.",
    "afford_budget_person": "I have gone through my household budget (as of {taken_on}): we have {income} coming in "
                            "each month and {expenses} of essential costs, which leaves {disposable} a month for "
                            "paying back debts.",
    "afford_budget_short_person": "I have gone through my household budget (as of {taken_on}): we have {income} "
                                  "coming in each month and {expenses} of essential costs, so we are {shortfall} a "
                                  "month short.",
    "afford_settlement_person": "I will have the money together by {date}.",
    "afford_none_person": "If it helps, I can show you my income and my essential costs.",
    "confirm": "Please consider this proposal and confirm your decision to me in writing (by letter or e-mail).",
    "pause": "While you consider it, I ask that collection calls, messages and visits be paused.",
    "contact": "If you need further information or documents, please contact me {ways}.",
    "contact_phone": "by phone on {phone}",
    "contact_email": "by e-mail at {email}",
    "contact_none": "If you need further information or documents, please write to me.",
    "thanks": "Thank you for your understanding. I am committed to repaying what I owe.",
    "confirm_person": "Please think it over and let me know your answer in writing (a letter, a text message or an "
                      "e-mail is fine), so that we both have a record of what we agree.",
    "pause_person": "In the meantime, I would be grateful if you could give me a little time.",
    "contact_person": "If you have any questions, you can reach me {ways}.",
    "contact_none_person": "If you have any questions, please write to me.",
    "thanks_person": "Thank you for your understanding and your patience. I fully intend to pay back everything I owe you.",
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
        "identity": "Copy of my identity document (ID card or passport)",
        "pay_slips": "Proof of my income: recent pay slips",
        "bank_statements": "My bank statements for the last 3–6 months",
        "statement": "A written statement of my situation",
        "contract": "My loan contract and recent statements",
        "credit_report": "My credit report",
        "diagnosis": "My diagnosis certificate",
        "hospital_records": "My hospital admission and discharge records",
        "medical_bills": "My medical bills and receipts",
        "termination": "The letter ending my employment",
        "unemployment": "My unemployment registration",
        "new_pay_slips": "My new, lower pay slips",
        "business_contracts": "My contracts for the work or sale whose payment is delayed",
        "payment_delay_proof": "Proof that the payment owed to me is delayed",
        "school_hardship": "My school's certificate of financial hardship",
        "enrolment": "Proof of my enrolment",
        "family_certificates": "Certificates concerning my family emergency",
        "official_notices": "Official notices of the disaster in my area",
    },
}

# English says the same to a private lender as to a firm where the Chinese letters change 本人 to 我.
WORDS.update({f"{key}_person": WORDS[key] for key in (
    "reason_links", "reason_illness", "reason_job_loss", "reason_income_drop", "reason_work_income",
    "reason_business_delay", "reason_student", "reason_family_emergency", "reason_disaster")})
WORDS["cause_reasons_person"] = "So "

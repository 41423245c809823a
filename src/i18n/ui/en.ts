import type { TopicId } from "../../kb/topics.ts";
import type { PluralForms } from "../../inquiry/plural.ts";
import type { CategoryId } from "../../inquiry/categories.ts";
import type { FinderAnswer, FinderQuestion } from "../../inquiry/category-finder.ts";

/** English UI strings: the shape every other language must match. */
export const en = {
  skipLink: "Skip to main content",
  nav: {
    label: "Main",
    home: "Home",
    guides: "Guides",
    faq: "FAQ",
    contact: "Contact us",
    messages: "My messages",
    accessibility: "Accessibility",
  },
  languageSwitch: { label: "Language" },
  search: {
    label: "Search the help center",
    siteLabel: "Site search",
    button: "Search",
    title: "Search",
    intro: "Search every guide and answer on this site. Results appear as you type.",
    results: { one: "Found {n} result.", other: "Found {n} results." } as PluralForms,
    none: "No results.",
    loading: "Searching…",
    didYouMean: "Did you mean {suggestion}?",
    sections: "Sections that match",
    noneTitle: "No results for “{query}”",
    noneHelp:
      "Check the spelling, or try fewer or other words. These answer the questions borrowers ask most:",
    noneGuides: "All guides by topic",
    noneContact: "Write to your servicer",
    unavailable: "Search could not load. Browse the guides instead.",
    noScript: "Search needs JavaScript. Browse all guides by topic instead.",
  },
  home: {
    title: "Answers about your mortgage",
    lead:
      "Plain-language guides on payments, escrow, payoff, tax forms and your rights when something goes wrong.",
    topics: "Browse by topic",
    allInTopic: "All {count} guides on this topic",
    popular: "Popular questions",
    contactTitle: "Still need help?",
    contactText:
      "Write a clear, complete message to your servicer in a few steps. We never see or store what you write.",
    contactLink: "Write to your servicer",
  },
  guides: {
    indexTitle: "All guides",
    indexLead: "Every guide, grouped by topic.",
    /** A topic's own pages, when it has more guides than the guides index lists. */
    topicPages: {
      label: "Pages of this topic",
      previous: "Previous page",
      next: "Next page",
      page: "Page {page} of {total}",
    },
    shortAnswer: "Short answer",
    onThisPage: "On this page",
    lastReviewed: "Last reviewed",
    sources: "Sources",
    related: "Related guides",
    questions: "Questions borrowers ask",
    needHelp: "Still need help?",
    needHelpText:
      "If this guide did not answer your question, write to your servicer. We'll set up the message for you.",
    needHelpLink: "Contact your servicer about this",
    /** On a guide not yet translated into the page's language (never shown in the first language). */
    untranslated: "",
    /** After such a guide's title in lists. */
    untranslatedTag: "",
  },
  faq: {
    title: "Frequently asked questions",
    lead: "Short answers to what borrowers ask most. Each links to a guide with the full details.",
    readGuide: "Read the guide:",
  },
  contact: {
    title: "Contact your servicer",
    lead:
      "Answer a few questions and we'll build an email or letter with the right subject line and the details your servicer needs.",
    noScript:
      "The message builder needs JavaScript. You can still reach your servicer using the details below.",
    emailHeading: "Email",
    phoneHeading: "Phone",
    hoursHeading: "Hours",
    mailHeading: "Mailing address",
    designatedHeading: "Address for notices of error and information requests",
    designatedText:
      "Send written notices of error (12 CFR 1024.35) and requests for information (12 CFR 1024.36) to this address.",
    portalHeading: "Secure portal",
    portalText: "Send documents and anything sensitive through the secure portal, never by email.",
    tipsHeading: "Tips for a message that gets answered",
    tips: [
      "Use a clear subject line with your loan number and what the message is about.",
      "Give your full name, loan number and property address.",
      "Say what happened and what you want in the first paragraph, with dates and amounts.",
      "List the documents you are including (PDF, JPEG or PNG).",
      "Keep a calm, professional tone.",
      "Keep a copy of everything you send and receive.",
      "If you get no answer, ask for a supervisor and put your concern in writing.",
    ],
    responseTime: "{name} aims to answer within {days}.",
    businessDays: { one: "{n} business day", other: "{n} business days" } as PluralForms,
  },
  accessibility: {
    title: "Accessibility statement",
    statement: {
      intro:
        "We want everyone to be able to use this help center, including people who use a screen reader, a keyboard, voice control or screen magnification.",
      aimHeading: "What we aim for",
      aimIntro:
        "This site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. In particular, you should be able to:",
      aims: [
        "use every page and form with a keyboard alone, and always see where you are;",
        "zoom text to 200% and use the site on a screen 320 pixels wide without scrolling sideways;",
        "use light or dark mode, as your device is set;",
        "hear form errors and search results announced by a screen reader;",
        "read every guide in {languages}.",
      ],
      testHeading: "How we test",
      testIntro: "Every page listed in the sitemap, in every language, is checked automatically:",
      tests: [
        "with axe-core, against the WCAG 2.0, 2.1 and 2.2 rules at levels A and AA and axe's best practices, in light and dark mode, on a narrow and a wide screen;",
        "with the Tab key, from the top of the page to the end, to make sure focus can always be seen and never gets stuck;",
        "on a screen 320 pixels wide, and with text at 200%.",
      ],
      byHand:
        "The contact form is also checked with each kind of error message and with a finished message showing. Automated checks find only some problems, so we also test by hand with a keyboard.",
      helpHeading: "Getting help another way",
      /** Before the link, the link's text (the contact page), after it. */
      help: [
        "If something here does not work for you, contact your servicer by phone or mail; the details are on the ",
        "contact page",
        ". You can also ask your servicer for documents in another format, such as large print.",
      ],
    },
    lastAudit: {
      none: "No automated audit has been recorded yet.",
      label: "Last automated audit:",
      pages: { one: "{n} page", other: "{n} pages" } as PluralForms,
      checks: { one: "{n} check", other: "{n} checks" } as PluralForms,
      violations: { one: "{n} violation", other: "{n} violations" } as PluralForms,
      errors: {
        one: "{n} check could not run, so that result is incomplete.",
        other: "{n} checks could not run, so that result is incomplete.",
      } as PluralForms,
      disabled: "Rules that audit did not check, and why:",
    },
  },
  loadFailed: {
    title: "Part of this page could not load",
    text:
      "The connection may have dropped, or the site may have just been updated. Nothing you entered is lost: it is kept in this browser.",
    reload: "Reload the page",
  },
  deadline: { label: "Deadline" },

  callout: { note: "Note", tip: "Tip", warning: "Important" },
  /** Knowledge-base topics, as the home page and the guide index list them. */
  topics: {
    account: "Your balance and account",
    payments: "Payments and fees",
    escrow: "Escrow, taxes and insurance",
    payoff: "Paying off your loan",
    "tax-forms": "Tax forms (Form 1098)",
    hardship: "Trouble paying",
    documents: "Documents and records",
    "errors-and-requests": "Errors and information requests",
    escalation: "Complaints and escalation",
    contacting: "Contacting your servicer",
    security: "Protecting your information",
  } satisfies Record<TopicId, string>,
  notFound: {
    title: "Page not found",
    text:
      "If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.",
    home: "Go to the home page",
    searchHint: "You can also search the help center.",
  },
  offline: {
    title: "Read the guides with no connection",
    lead:
      "Save every guide and the search on this device. You can then read and search them with no internet, for example where your phone has no signal.",
    save: "Save every guide for reading offline ({size})",
    progress: "Saving the guides",
    saving: "Saving the guides: {percent}% done.",
    saved: "Every guide is saved on this device ({size}). You can read and search them offline.",
    partly: "Some guides are not saved on this device yet ({size} left).",
    failed: "Saving stopped before the end. Check your connection and try again.",
    removed: "The saved guides were removed from this device.",
    remove: "Remove saved guides",
    notLoaded: "This could not load. Check your connection and try again.",
    pageTitle: "This page is not saved for reading offline",
    pageText:
      "You are offline, and this page was not opened or saved on this device before. Pages you opened before still work.",
    pageSave:
      "To read every guide offline next time, save them all on the guides page when you are back online:",
    pageGuides: "Save every guide for reading offline",
    pageHome: "Go to the home page",
  },
  footer: {
    operator: "{site} is provided by {name}.",
    fictional:
      "{name} is a fictional example servicer. Its addresses and phone numbers reach no one.",
    privacy:
      "This site sends nothing about you to anyone: no cookies, no analytics. Drafts and your message log stay in your own browser.",
    notLegalAdvice: "These guides explain the rules in plain language. They are not legal advice.",
  },
  messages: {
    fileNames: {
      csv: "my-messages.csv",
      json: "my-messages.json",
      reminders: "{reference}-reminders.ics",
    },
    title: "My messages",
    lead:
      "Keep track of the messages you send your servicer and when it must answer. Everything here stays in this browser, on this device. Nothing is sent anywhere.",
    noScript:
      "My messages needs JavaScript, because it keeps your list in this browser. You can still write to your servicer.",
    empty: "You have no messages yet.",
    emptyLink: "Write to your servicer",
    today: "Dates as of {date}. All deadlines are estimates.",
    reference: "Reference",
    about: "About",
    made: "Made on",
    sent: "Sent",
    notSent: "Not sent yet",
    sentBy: "{date}, by {method}",
    tracking: "Tracking number",
    received: "Received by the servicer",
    receivedUnknown: "Not recorded yet",
    acknowledged: "Acknowledged",
    answered: "Answered",
    outcome: "Outcome",
    resolved: "Resolved",
    notResolved: "Not resolved",
    none: "Not yet",
    clocksTitle: "Deadlines",
    clockDue: "Due {date} (estimated)",
    clockUntil: "Until {date} (estimated)",
    update: "Record what happened",
    updateHint: "Enter dates like 2026-03-27. Leave a date empty if it has not happened.",
    save: "Save",
    saved: "Saved.",
    nextTitle: "What you can do next",
    copy: "Copy",
    copied: "Copied",
    copyFailed: "Could not copy. Select the text and copy it yourself.",
    followUpLink: "Write the follow-up with the contact form",
    followUpSubject: "Subject",
    reminders: "Add reminders (.ics)",
    remove: "Delete this message",
    removed: "The message is deleted.",
    toolsTitle: "Move or delete your list",
    exportJson: "Export (JSON)",
    exportCsv: "Export for a spreadsheet (CSV)",
    importLabel: "Import a file exported from My messages",
    importHint: "A .json file from the Export button, on this or another device.",
    importButton: "Import",
    imported: {
      text: "Imported: {added}, {updated}.",
      added: { one: "{n} new", other: "{n} new" } as PluralForms,
      updated: { one: "{n} updated", other: "{n} updated" } as PluralForms,
    },
    importErrors: {
      none: "Select a file to import",
      "not-json": "The selected file is not a My messages export (it is not JSON)",
      "not-ours": "The selected file is not a My messages export",
      damaged: "The selected file is damaged or incomplete. Nothing was imported",
      notSaved:
        "This browser did not save the import, so nothing was imported. Its storage may be full, or it may block storage for this site (for example in private browsing)",
    },
    saveFailed:
      "This browser did not save the change. Its storage may be full, or it may block storage for this site (for example in private browsing). What you entered is still here; you can copy it or try again.",
    unreadableTitle: "This message cannot be shown",
    unreadableText:
      "Some of its details cannot be read here (a date this page cannot count from, or a damaged entry), so its deadlines cannot be shown. It stays in this browser as it is.",
    unreadableNoReference: "None",
    deleteAll: "Delete everything",
    deleteConfirmTitle: "Delete every message?",
    deleteConfirmText:
      "This removes every message and date from this browser. Export first if you want to keep them.",
    deleteConfirm: "Yes, delete everything",
    cancel: "Cancel",
    deletedAll: "Everything is deleted.",
  },
  widget: {
    errorTitle: "There is a problem",
    errorPrefix: "Error:",
    chooseTopic: "Choose a topic",
    /** What each category is for, under its radio, and "Not sure?" (src/inquiry/category-finder.ts). */
    categoryHelp: {
      hints: {
        "account-inquiry":
          "A question about your balance, escrow, interest rate, mortgage insurance or an insurance claim check.",
        "payment-clarification":
          "A question about a payment, a late fee, autopay or your credit report, when you are not reporting a mistake.",
        "document-request":
          "You need a copy of a document, such as a payoff statement, Form 1098 or a lien release.",
        hardship:
          "You are having trouble paying, or a foreclosure sale is scheduled, and want help such as a loan modification.",
        escalation: "You already wrote or called and got no answer, or the problem is not solved.",
        "notice-of-error":
          "You tell the servicer in writing that it made a specific mistake, such as not crediting a payment. It must fix it or explain in writing why there was no mistake (12 CFR 1024.35(e)(1)(i)).",
        "request-for-information":
          "You ask in writing for specific information about your loan, such as who owns it. The servicer must send it or tell you in writing that it is not available (12 CFR 1024.36(d)(1)).",
        security: "A suspicious message, lost access to your online account, or possible fraud.",
        general:
          "Anything else, such as updating your contact details or asking for language help.",
      } satisfies Record<CategoryId, string>,
      notSure: "Not sure which to choose?",
      questions: {
        goal: "What do you want to do?",
        information: "What do you need?",
        question: "What is your question about?",
      } satisfies Record<FinderQuestion, string>,
      answers: {
        goal: {
          mistake: "Tell the servicer it made a mistake on my account",
          information: "Get a document or information about my loan",
          "trouble-paying": "Get help because I am having trouble paying",
          "follow-up": "Follow up on something I already reported",
          security: "Report a suspicious message, fraud or a lost login",
          question: "Ask a question about my account or a payment",
          other: "Something else",
        },
        information: {
          document: "A copy of a document, such as a payoff statement or Form 1098",
          records: "Other information, such as who owns my loan or my servicing records",
        },
        question: {
          payment: "A payment, a fee or autopay",
          account: "My balance, escrow, interest rate or mortgage insurance",
        },
      } satisfies { [Q in FinderQuestion]: Record<FinderAnswer<Q>, string> },
      picked: "Chosen for you:",
    },
    messageLang: "Language of the message",
    messageLangHint:
      "The subject line always names the category in English, so the servicer can route it.",
    selected: "Selected:",
    submit: "Continue",
    startAgain: "Start again",
    cleared: "The form is cleared.",
    maskIt: "Mask it",
    masked: "Masked. Continue when you are ready.",
    checkTitle: "Check your answers",
    change: "Change",
    notGiven: "Not given",
    build: "Build the message",
    guides: {
      one: "{n} guide might answer this",
      other: "{n} guides might answer this",
    } as PluralForms,
    resultTitle: "Your message is ready",
    letterIntro:
      "Print this letter, sign it and send it by post to the address below. Keep a copy and proof of mailing.",
    emailIntro: "Check the message, then send it from your own email account.",
    to: "To",
    subject: "Subject",
    body: "Message",
    copySubject: "Copy subject",
    copyMessage: "Copy message",
    copied: "Copied",
    copyFailed: "Could not copy. Select the text and copy it yourself.",
    openEmail: "Open in email app",
    tooLong:
      "This message is too long to open in an email app from here. Copy the message or download the .eml file instead.",
    downloadEml: "Download .eml",
    printLetter: "Print letter",
    printMessage: "Print message",
    reminder: "Add reminder (.ics)",
    recordsNote: "For your records: keep this page, do not mail it.",
    deadlinesTitle: "When to expect an answer (estimated)",
    deadlinesNote:
      "These dates are estimates. The servicer's clock starts when it receives your message.",
    toneTitle: "Advice before you send",
    myMessagesNote:
      "Each message you build here is kept in My messages, in this browser only, with the servicer's deadlines.",
    myMessagesLink: "Open My messages",
    sentTitle: "Record that you sent it",
    sentIntro:
      "My messages then counts the servicer's deadlines from the day it receives your message.",
    sentSave: "Save to My messages",
    sentSaved: "Saved in My messages.",
    sentNotStored:
      "This browser did not keep the message, so the sending could not be recorded. It may block storage for this site.",
  },
};

export default en;
export type UiStrings = typeof en;

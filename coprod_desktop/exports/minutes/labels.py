"""The minutes' fixed wording in English and Welsh.

Headings and table headers can be bilingual (the workshop's language first, the other
below it); sentences are in the workshop's language only. Welsh sentences avoid number
agreement ("Syniadau: 12" rather than "12 syniad") so no mutation rule is needed.
"""

from __future__ import annotations

import datetime as dt

LANGUAGES = ("en", "cy")

# key: (English, Welsh)
HEADINGS: dict[str, tuple[str, str]] = {
    "minutes": ("Minutes of a co-production workshop", "Cofnodion gweithdy cydgynhyrchu"),
    "date": ("Date", "Dyddiad"),
    "venue": ("Venue", "Lleoliad"),
    "facilitator": ("Facilitator", "Hwylusydd"),
    "organisation": ("Organisation", "Sefydliad"),
    "purpose": ("Purpose", "Diben"),
    "follows": ("Follows", "Yn dilyn"),
    "at_a_glance": ("At a glance", "Cipolwg"),
    "people": ("People present", "Pobl yn bresennol"),
    "ideas": ("Ideas", "Syniadau"),
    "themes": ("Themes", "Themâu"),
    "votes": ("Votes", "Pleidleisiau"),
    "actions": ("Actions", "Camau gweithredu"),
    "people_by_group": ("People by group", "Pobl fesul grŵp"),
    "top_priorities": ("Top priorities", "Prif flaenoriaethau"),
    "actions_by_status": ("Actions by status", "Camau gweithredu fesul statws"),
    "attendance": ("Attendance", "Presenoldeb"),
    "group": ("Group", "Grŵp"),
    "present": ("Present", "Yn bresennol"),
    "names": ("Names", "Enwau"),
    "agenda": ("Agenda", "Agenda"),
    "stage": ("Stage", "Cam"),
    "planned": ("Planned", "Wedi'i gynllunio"),
    "started": ("Started", "Dechrau"),
    "ended": ("Ended", "Gorffen"),
    "took": ("Took", "Hyd"),
    "ideas_by_theme": ("Ideas by theme", "Syniadau fesul thema"),
    "no": ("No.", "Rhif"),
    "idea": ("Idea", "Syniad"),
    "theme": ("Theme", "Thema"),
    "from": ("From", "Gan"),
    "dots": ("Dots", "Dotiau"),
    "voting": ("Voting", "Pleidleisio"),
    "how_run": ("How the vote was run", "Sut y cynhaliwyd y bleidlais"),
    "results": ("Results", "Canlyniadau"),
    "rank": ("Rank", "Safle"),
    "results_of": ("Results of vote {n}", "Canlyniadau pleidlais {n}"),
    "by_group": ("By group", "Fesul grŵp"),
    "groups_compared": ("Groups compared", "Cymharu grwpiau"),
    "named_ballots": ("Named ballots", "Pleidleisiau ag enwau"),
    "voter": ("Voter", "Pleidleisiwr"),
    "dots_given": ("Dots given", "Dotiau a roddwyd"),
    "agreed_actions": ("Agreed actions", "Camau gweithredu y cytunwyd arnynt"),
    "action": ("Action", "Cam gweithredu"),
    "owner": ("Owner", "Perchennog"),
    "due": ("Due", "Erbyn"),
    "status": ("Status", "Statws"),
    "you_said": ("You said, we did", "Dywedoch chi, gwnaethom ni"),
    "then": ("Then", "Bryd hynny"),
    "now": ("Now", "Nawr"),
    "stage_notes": ("Stage notes", "Nodiadau'r camau"),
    "other_notes": ("Other notes", "Nodiadau eraill"),
    "method": ("Method", "Dull"),
    "voting_on": ("Voting on", "Pleidleisio ar"),
    "dots_each": ("Dots each", "Dotiau yr un"),
    "cap": ("Most dots on one item", "Uchafswm dotiau ar un eitem"),
    "ballot": ("Ballot", "Pleidlais"),
    "turnout": ("Turnout", "Nifer a bleidleisiodd"),
    "dots_cast": ("Dots cast", "Dotiau a fwriwyd"),
    "page": ("Page {page} of {pages}", "Tudalen {page} o {pages}"),
    "generated": ("Made {when}", "Crëwyd {when}"),
    "total": ("Total", "Cyfanswm"),
    "table": ("Table", "Bwrdd"),
}

STATUS: dict[str, tuple[str, str]] = {
    "proposed": ("Proposed", "Arfaethedig"),
    "agreed": ("Agreed", "Wedi'i gytuno"),
    "in_progress": ("In progress", "Ar y gweill"),
    "done": ("Done", "Wedi'i wneud"),
    "dropped": ("Dropped", "Wedi'i ollwng"),
}

SENTENCES: dict[str, tuple[str, str]] = {
    "subtitle_follow_up": (
        "This workshop followed up “{title}”{when}.",
        "Roedd y gweithdy hwn yn dilyn “{title}”{when}.",
    ),
    "on_date": (" on {date}", " ar {date}"),
    "attended_of": ("{present} present", "{present} yn bresennol"),
    # Unticked consent is all the library knows: nobody is said to have asked anything.
    "not_named": (
        "and {n} more, not named: no consent recorded",
        "a {n} arall heb enw: dim caniatâd wedi'i gofnodi",
    ),
    "only_not_named": (
        "{n} people, not named: no consent recorded",
        "Pobl: {n}, heb enw: dim caniatâd wedi'i gofnodi",
    ),
    "only_not_named_one": (
        "1 person, not named: no consent recorded",
        "Pobl: 1, heb enw: dim caniatâd wedi'i gofnodi",
    ),
    "absent": (
        "Invited but not present: {count} ({groups}).",
        "Wedi'u gwahodd ond ddim yn bresennol: {count} ({groups}).",
    ),
    "nobody": ("No participants were recorded.", "Ni chofnodwyd unrhyw gyfranogwyr."),
    "consent_note": (
        "Only people who agreed to be named in the minutes are named; everyone else is "
        "counted by group.",
        "Dim ond pobl a gytunodd i gael eu henwi yn y cofnodion sy'n cael eu henwi; mae "
        "pawb arall yn cael eu cyfrif fesul grŵp.",
    ),
    "no_group": ("No group", "Dim grŵp"),
    "combined_group": ("Smaller groups combined", "Grwpiau llai wedi'u cyfuno"),
    "a_participant": ("A participant", "Cyfranogwr"),
    "a_participant_of": ("A participant ({group})", "Cyfranogwr ({group})"),
    "no_stages": ("No agenda was recorded.", "Ni chofnodwyd agenda."),
    "minutes_short": ("{n} min", "{n} mun"),
    "ideas_intro": (
        "Ideas: {ideas}. Themes: {themes}. Dots are those each idea got in the most recent "
        "closed vote that included it (run-offs are reported with their votes).",
        "Syniadau: {ideas}. Themâu: {themes}. Y dotiau yw'r rhai a gafodd pob syniad yn y "
        "bleidlais gaeedig ddiweddaraf a oedd yn ei gynnwys (adroddir ar ail bleidleisiau "
        "gyda'u pleidleisiau).",
    ),
    "no_ideas": ("No ideas were recorded.", "Ni chofnodwyd unrhyw syniadau."),
    "not_in_theme": ("Not in a theme", "Heb thema"),
    "theme_counts": ("Ideas: {ideas} · dots: {dots}", "Syniadau: {ideas} · dotiau: {dots}"),
    "no_ideas_in_theme": ("No ideas in this theme.", "Dim syniadau yn y thema hon."),
    "no_votes": ("No votes were held.", "Ni chynhaliwyd unrhyw bleidlais."),
    "vote_title": ("Vote {n}: {question}", "Pleidlais {n}: {question}"),
    "vote_n": ("vote {n}", "pleidlais {n}"),
    # A merged workshop: which breakout table a vote was held at, and which tables it had.
    "table_vote_title": ("Vote {n}, {table}: {question}", "Pleidlais {n}, {table}: {question}"),
    "table_runoff_title": (
        "Vote {n}, {table} (run-off after vote {of}): {question}",
        "Pleidlais {n}, {table} (ail bleidlais ar ôl pleidlais {of}): {question}",
    ),
    "merged_from": (
        "Merged from the files of {n} tables: {tables}",
        "Wedi'i gyfuno o ffeiliau {n} bwrdd: {tables}",
    ),
    "runoff_title": (
        "Vote {n} (run-off after vote {of}): {question}",
        "Pleidlais {n} (ail bleidlais ar ôl pleidlais {of}): {question}",
    ),
    "draft_round": (
        "This vote was prepared but not held.",
        "Paratowyd y bleidlais hon ond ni chafodd ei chynnal.",
    ),
    "open_round": (
        "This vote was still open when these minutes were made, so its results are not reported.",
        "Roedd y bleidlais hon yn dal ar agor pan wnaed y cofnodion hyn, felly nid adroddir "
        "ar ei chanlyniadau.",
    ),
    "method_ballot": (
        "Each person cast dots on the shared screen",
        "Bwriodd pob person ddotiau ar y sgrin a rennir",
    ),
    "method_tally": (
        "The facilitator counted sticker dots",
        "Cyfrifodd yr hwylusydd ddotiau sticer",
    ),
    "on_ideas": ("Ideas ({n} on the ballot)", "Syniadau ({n} ar y papur pleidleisio)"),
    "on_themes": ("Themes ({n} on the ballot)", "Themâu ({n} ar y papur pleidleisio)"),
    "secret": (
        "Secret: nobody, the facilitator included, can see who put dots where",
        "Cudd: ni all neb, gan gynnwys yr hwylusydd, weld pwy roddodd ddotiau ble",
    ),
    "named": (
        "Named: who put dots where is recorded (below)",
        "Ag enwau: cofnodir pwy roddodd ddotiau ble (isod)",
    ),
    "turnout_line": ("{voted} of {electors} ({percent}%)", "{voted} o {electors} ({percent}%)"),
    "turnout_tally": (
        "Not recorded: sticker dots are counted, not people",
        "Heb ei gofnodi: cyfrifir dotiau sticer, nid pobl",
    ),
    "no_dots": ("No dots were cast.", "Ni fwriwyd unrhyw ddotiau."),
    "compact_note": (
        "Each idea is cut to one line here; its full words are under “Ideas by theme”, "
        "by its number.",
        "Mae pob syniad wedi'i dorri i un llinell yma; mae ei eiriau llawn o dan "
        "“Syniadau fesul thema”, yn ôl ei rif.",
    ),
    "tie_mark": ("= marks a tie.", "Mae = yn dynodi cyfartal."),
    "zero_ideas": (
        "Ideas on the ballot that got no dots: {items}.",
        "Syniadau ar y papur pleidleisio na chawsant unrhyw ddotiau: {items}.",
    ),
    "zero_count_ideas": (
        "Another {n} ideas on the ballot got no dots.",
        "Ni chafodd {n} syniad arall ar y papur pleidleisio unrhyw ddotiau.",
    ),
    "zero_count_ideas_one": (
        "Another idea on the ballot got no dots.",
        "Ni chafodd 1 syniad arall ar y papur pleidleisio unrhyw ddotiau.",
    ),
    "zero_count_themes": (
        "Another {n} themes on the ballot got no dots.",
        "Ni chafodd {n} thema arall ar y papur pleidleisio unrhyw ddotiau.",
    ),
    "zero_count_themes_one": (
        "Another theme on the ballot got no dots.",
        "Ni chafodd 1 thema arall ar y papur pleidleisio unrhyw ddotiau.",
    ),
    "zero_themes": (
        "Themes on the ballot that got no dots: {items}.",
        "Themâu ar y papur pleidleisio na chawsant unrhyw ddotiau: {items}.",
    ),
    "tie_label": ("Tie at the top:", "Cyfartal ar y brig:"),
    "top_tie": (
        "{items}, with {dots} dots each.",
        "{items}, gyda {dots} dot yr un.",
    ),
    "top_tie_one": ("{items}, with 1 dot each.", "{items}, gyda 1 dot yr un."),
    "runoff_followed": ("A run-off followed: vote {n}.", "Dilynodd ail bleidlais: pleidlais {n}."),
    "runoff_not_held": (
        "A run-off (vote {n}) was set up but not completed, so the tie stands.",
        "Paratowyd ail bleidlais (pleidlais {n}) ond ni chafodd ei chwblhau, felly mae'r "
        "canlyniad yn gyfartal o hyd.",
    ),
    "tie_stands": (
        "No run-off was held, so the tie stands.",
        "Ni chynhaliwyd ail bleidlais, felly mae'r canlyniad yn gyfartal o hyd.",
    ),
    "top_of_round": ("{item} ({dots} dots)", "{item} ({dots} dot)"),
    "top_of_round_one": ("{item} (1 dot)", "{item} (1 dot)"),
    "tied_of_round": ("Tied: {items} ({dots} dots each)", "Cyfartal: {items} ({dots} dot yr un)"),
    "tied_of_round_one": ("Tied: {items} (1 dot each)", "Cyfartal: {items} (1 dot yr un)"),
    "decided_by_runoff": ("decided by run-off", "penderfynwyd drwy ail bleidlais"),
    "no_result": ("no dots cast", "dim dotiau wedi'u bwrw"),
    "not_closed": ("not closed", "heb gau"),
    "not_named_voter": ("Not named ({group})", "Heb enw ({group})"),
    "no_actions": ("No actions were agreed.", "Ni chytunwyd ar unrhyw gamau gweithredu."),
    "answers": ("Answers: {items}", "Yn ateb: {items}"),
    "idea_ref": ("idea {n}", "syniad {n}"),
    "idea_words": ("{words} (idea {no})", "{words} (syniad {no})"),
    "theme_ref": ("theme {name}", "thema {name}"),
    "carried_elsewhere": (
        "Actions carried over from the earlier workshop: {n}. They are reported under "
        "“You said, we did”. New actions agreed at this workshop:",
        "Camau gweithredu a gariwyd drosodd o'r gweithdy cynharach: {n}. Adroddir arnynt "
        "o dan “Dywedoch chi, gwnaethom ni”. Camau gweithredu newydd a gytunwyd yn y "
        "gweithdy hwn:",
    ),
    "you_said_intro": (
        "These actions were agreed at “{title}”{when}; this workshop reviewed them.",
        "Cytunwyd ar y camau gweithredu hyn yn “{title}”{when}; adolygodd y gweithdy hwn hwy.",
    ),
    "not_carried": (
        "Not carried over (already {status} then)",
        "Heb ei gario drosodd (eisoes yn '{status}' bryd hynny)",
    ),
    "no_reviewed": (
        "The earlier workshop recorded no actions.",
        "Ni chofnododd y gweithdy cynharach unrhyw gamau gweithredu.",
    ),
    "no_notes": ("No stage notes were taken.", "Ni chymerwyd unrhyw nodiadau."),
    "none": ("None", "Dim"),
    "not_set": ("Not set", "Heb ei osod"),
    "characters_missing": (
        "Some characters (such as emoji) cannot be printed in this document; they appear "
        "as a description in square brackets. The CSV and workshop files keep them exactly.",
        "Ni ellir argraffu rhai nodau (fel emoji) yn y ddogfen hon; maent yn ymddangos fel "
        "disgrifiad mewn cromfachau sgwâr. Mae'r ffeiliau CSV a gweithdy yn eu cadw'n union.",
    ),
    "unprintable_run": (
        "[{n} characters that cannot be printed]",
        "[{n} nod na ellir eu hargraffu]",
    ),
    "more_groups": ("and {n} more", "a {n} arall"),
    "others": ("{n} others", "{n} arall"),
}

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "cy": [
        "Ionawr",
        "Chwefror",
        "Mawrth",
        "Ebrill",
        "Mai",
        "Mehefin",
        "Gorffennaf",
        "Awst",
        "Medi",
        "Hydref",
        "Tachwedd",
        "Rhagfyr",
    ],
}
_SHORT_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "cy": [
        "Ion",
        "Chwef",
        "Maw",
        "Ebr",
        "Mai",
        "Meh",
        "Gorff",
        "Awst",
        "Medi",
        "Hyd",
        "Tach",
        "Rhag",
    ],
}
_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "cy": [
        "Dydd Llun",
        "Dydd Mawrth",
        "Dydd Mercher",
        "Dydd Iau",
        "Dydd Gwener",
        "Dydd Sadwrn",
        "Dydd Sul",
    ],
}


class Labels:
    """Fixed wording for one workshop language, optionally with the other beside it."""

    def __init__(self, language: str, bilingual: bool = False) -> None:
        self.language = language if language in LANGUAGES else "en"
        self.bilingual = bilingual
        self._index = LANGUAGES.index(self.language)

    @property
    def other(self) -> str:
        return "cy" if self.language == "en" else "en"

    def h(self, key: str) -> str:
        """A heading in the workshop's language."""
        return HEADINGS[key][self._index]

    def h_other(self, key: str) -> str | None:
        """The same heading in the other language, when the minutes are bilingual."""
        if not self.bilingual:
            return None
        other = HEADINGS[key][1 - self._index]
        return None if other == HEADINGS[key][self._index] else other  # "Agenda" is both

    def both(self, key: str, sep: str = " / ") -> str:
        """A plain-text heading in one or both languages (footer, metadata)."""
        other = self.h_other(key)
        return self.h(key) + (sep + other if other else "")

    def s(self, key: str, **values: object) -> str:
        """The sentence ``key`` filled in; its ``_one`` form when the count it gives
        (``dots`` or ``n``) is 1 ("1 dot", not "1 dots")."""
        count = values.get("dots", values.get("n"))
        if count == 1 and key + "_one" in SENTENCES:
            key += "_one"
        return SENTENCES[key][self._index].format(**values)

    def status(self, value: str) -> str:
        pair = STATUS.get(value)
        return pair[self._index] if pair else value

    def status_both(self, value: str) -> str:
        pair = STATUS.get(value)
        if not pair:
            return value
        return pair[self._index] + (" / " + pair[1 - self._index] if self.bilingual else "")

    def date(self, value: dt.date | None, weekday: bool = False) -> str:
        if value is None:
            return ""
        text = f"{value.day} {_MONTHS[self.language][value.month - 1]} {value.year}"
        return f"{_DAYS[self.language][value.weekday()]} {text}" if weekday else text

    def short_date(self, value: dt.date | None) -> str:
        """A date for a narrow table column: 7 Jan 2027, 7 Ion 2027."""
        if value is None:
            return ""
        return f"{value.day} {_SHORT_MONTHS[self.language][value.month - 1]} {value.year}"

    def when(self, value: dt.datetime) -> str:
        """A local date and time, as a reader of the minutes expects."""
        local = value.astimezone()
        return f"{self.date(local.date())}, {local:%H:%M}"

    def number(self, value: int) -> str:
        return f"{value:,}"

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/commands/board.py" line="137"/>
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Delete idea</numerusform>
            <numerusform>Delete %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/commands/board.py" line="149"/>
        <source>Merge %n ideas</source>
        <translation>
            <numerusform>Merge %n idea</numerusform>
            <numerusform>Merge %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/commands/setup.py" line="112"/>
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Add %n participant</numerusform>
            <numerusform>Add %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="227"/>
        <source>It will have the same groups and participants, and the %n action(s) still open, so the room can start by reviewing them. Title:</source>
        <translation>
            <numerusform>It will have the same groups and participants, and the %n action still open, so the room can start by reviewing it. Title:</numerusform>
            <numerusform>It will have the same groups and participants, and the %n actions still open, so the room can start by reviewing them. Title:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/i18n.py" line="48"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/i18n.py" line="52"/>
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/i18n.py" line="56"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/i18n.py" line="60"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/actions/model.py" line="221"/>
        <source>Idea(s) {numbers}</source>
        <translation>
            <numerusform>Idea {numbers}</numerusform>
            <numerusform>Ideas {numbers}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/actions/page.py" line="272"/>
        <source>This workshop follows up &quot;{title}&quot;. %n open action(s) were carried over: go through them with the room and set where each one stands. The minutes will show them as &quot;You said, we did&quot;.</source>
        <translation>
            <numerusform>This workshop follows up &quot;{title}&quot;. %n open action was carried over: go through it with the room and set where it stands. The minutes will show it as &quot;You said, we did&quot;.</numerusform>
            <numerusform>This workshop follows up &quot;{title}&quot;. %n open actions were carried over: go through them with the room and set where each one stands. The minutes will show them as &quot;You said, we did&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/actions/page.py" line="286"/>
        <source>%n action(s), {open} still open</source>
        <translation>
            <numerusform>%n action, {open} still open</numerusform>
            <numerusform>%n actions, {open} still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/actions/page.py" line="373"/>
        <source>Delete %n actions</source>
        <translation>
            <numerusform>Delete %n action</numerusform>
            <numerusform>Delete %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BallotGrid</name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/shared_screen/grids.py" line="333"/>
        <source>An item can take at most %n dot(s).</source>
        <translation>
            <numerusform>An item can take at most one dot.</numerusform>
            <numerusform>An item can take at most %n dots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/board/page.py" line="610"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DotsLeft</name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/shared_screen/grids.py" line="494"/>
        <source>%n dot(s) left of {budget}</source>
        <translation>
            <numerusform>%n dot left of {budget}</numerusform>
            <numerusform>%n dots left of {budget}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EqualVoicePanel</name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/voice_panel.py" line="136"/>
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n ballot</numerusform>
            <numerusform>%n ballots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="426"/>
        <source>%n dot(s):</source>
        <translation>
            <numerusform>%n dot:</numerusform>
            <numerusform>%n dots:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="436"/>
        <source>You have %n dot(s) you have not used. They will not count.</source>
        <translation>
            <numerusform>You have %n dot you have not used. It will not count.</numerusform>
            <numerusform>You have %n dots you have not used. They will not count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="567"/>
        <source>You have %n dot(s): at most one on each item.</source>
        <translation>
            <numerusform>You have %n dot.</numerusform>
            <numerusform>You have %n dots: at most one on each item.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="568"/>
        <source>You have %n dots: at most {cap} on one item.</source>
        <translation>
            <numerusform>You have %n dot: at most {cap} on one item.</numerusform>
            <numerusform>You have %n dots: at most {cap} on one item.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameListDialog</name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="83"/>
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>Add %n person</numerusform>
            <numerusform>Add %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="88"/>
        <source>%n name(s) ready to add.</source>
        <translation>
            <numerusform>%n name ready to add.</numerusform>
            <numerusform>%n names ready to add.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/board/outline_model.py" line="187"/>
        <source>Theme {name}{colour}, %n idea(s)</source>
        <translation>
            <numerusform>Theme {name}{colour}, %n idea</numerusform>
            <numerusform>Theme {name}{colour}, %n ideas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/setup/people.py" line="217"/>
        <source>%n person(s), {a} attended</source>
        <translation>
            <numerusform>%n person, {a} attended</numerusform>
            <numerusform>%n people, {a} attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/setup/people.py" line="276"/>
        <source>Added %n person(s).</source>
        <translation>
            <numerusform>Added %n person.</numerusform>
            <numerusform>Added %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/setup/people.py" line="278"/>
        <source>%n line(s) were skipped.</source>
        <translation>
            <numerusform>%n line was skipped.</numerusform>
            <numerusform>%n lines were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundSetupForm</name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="252"/>
        <source>{name} (%n idea(s))</source>
        <translation>
            <numerusform>{name} (%n idea)</numerusform>
            <numerusform>{name} (%n ideas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="269"/>
        <source>{title} (%n idea(s))</source>
        <translation>
            <numerusform>{title} (%n idea)</numerusform>
            <numerusform>{title} (%n ideas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="301"/>
        <source>The %n idea(s) chosen for this round</source>
        <translation>
            <numerusform>The idea chosen for this round</numerusform>
            <numerusform>The %n ideas chosen for this round</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="303"/>
        <source>The %n theme(s) chosen for this round</source>
        <translation>
            <numerusform>The theme chosen for this round</numerusform>
            <numerusform>The %n themes chosen for this round</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="330"/>
        <source>Everyone marked as attended (%n person(s))</source>
        <translation>
            <numerusform>Everyone marked as attended (%n person)</numerusform>
            <numerusform>Everyone marked as attended (%n people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="372"/>
        <source>%n idea(s) will be on the ballot.</source>
        <translation>
            <numerusform>%n idea will be on the ballot.</numerusform>
            <numerusform>%n ideas will be on the ballot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="378"/>
        <source>%n theme(s) will be on the ballot.</source>
        <translation>
            <numerusform>%n theme will be on the ballot.</numerusform>
            <numerusform>%n themes will be on the ballot.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagesPanel</name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/setup/stages.py" line="114"/>
        <source>%n stage(s), {h} h {m:02d} min planned</source>
        <translation>
            <numerusform>%n stage, {h} h {m:02d} min planned</numerusform>
            <numerusform>%n stages, {h} h {m:02d} min planned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TallyPanel</name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="185"/>
        <source>Total: %n dot(s) ({state})</source>
        <translation>
            <numerusform>Total: %n dot ({state})</numerusform>
            <numerusform>Total: %n dots ({state})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="230"/>
        <source>{total} dots from %n person(s) with {dots} each: check the count.</source>
        <translation>
            <numerusform>{total} dots from %n person with {dots} each: check the count.</numerusform>
            <numerusform>{total} dots from %n people with {dots} each: check the count.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/page.py" line="413"/>
        <source>Voting is open: %n idea(s), {dots} each, at most {cap} on one. Nobody sees any dots until you close the round.</source>
        <translation>
            <numerusform>Voting is open: %n idea, {dots} each, at most {cap} on one. Nobody sees any dots until you close the round.</numerusform>
            <numerusform>Voting is open: %n ideas, {dots} each, at most {cap} on one. Nobody sees any dots until you close the round.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/page.py" line="419"/>
        <source>Voting is open: %n theme(s), {dots} each, at most {cap} on one. Nobody sees any dots until you close the round.</source>
        <translation>
            <numerusform>Voting is open: %n theme, {dots} each, at most {cap} on one. Nobody sees any dots until you close the round.</numerusform>
            <numerusform>Voting is open: %n themes, {dots} each, at most {cap} on one. Nobody sees any dots until you close the round.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/page.py" line="427"/>
        <source>%n person(s) have not voted yet: {names}.</source>
        <translation>
            <numerusform>%n person has not voted yet: {names}.</numerusform>
            <numerusform>%n people have not voted yet: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotingView</name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/shared_screen/voting_view.py" line="202"/>
        <source>Each person has %n dot(s): at most one on each item.</source>
        <translation>
            <numerusform>Each person has %n dot.</numerusform>
            <numerusform>Each person has %n dots: at most one on each item.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/shared_screen/voting_view.py" line="203"/>
        <source>Each person has %n dots: at most {cap} on one item.</source>
        <translation>
            <numerusform>Each person has %n dot: at most {cap} on one item.</numerusform>
            <numerusform>Each person has %n dots: at most {cap} on one item.</numerusform>
        </translation>
    </message>
</context>
</TS>

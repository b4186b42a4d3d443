<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name></name>
    <message>
        <location filename="../../coprod_desktop/ui/actions/commands.py" line="34"/>
        <source>Add action &quot;{title}&quot;</source>
        <translation>Ychwanegu cam gweithredu &quot;{title}&quot;</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/commands.py" line="64"/>
        <source>Rename action</source>
        <translation>Ailenwi cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/commands.py" line="65"/>
        <source>Change who owns an action</source>
        <translation>Newid perchennog cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/commands.py" line="66"/>
        <source>Change when an action is due</source>
        <translation>Newid dyddiad targed cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/commands.py" line="67"/>
        <source>Change an action&apos;s status</source>
        <translation>Newid statws cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/commands.py" line="68"/>
        <source>Edit an action&apos;s notes</source>
        <translation>Golygu nodiadau cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/commands.py" line="69"/>
        <location filename="../../coprod_desktop/ui/actions/commands.py" line="70"/>
        <source>Change what an action answers</source>
        <translation>Newid beth mae cam gweithredu yn ymateb iddo</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/commands.py" line="72"/>
        <source>Edit action</source>
        <translation>Golygu cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/commands.py" line="82"/>
        <source>Delete action &quot;{title}&quot;</source>
        <translation>Dileu cam gweithredu &quot;{title}&quot;</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/commands.py" line="93"/>
        <source>Move action</source>
        <translation>Symud cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/commands.py" line="119"/>
        <source>New action</source>
        <translation>Cam gweithredu newydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/model.py" line="43"/>
        <source>Proposed</source>
        <translation>Arfaethedig</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/model.py" line="44"/>
        <source>Agreed</source>
        <translation>Wedi&apos;i gytuno</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/model.py" line="45"/>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/model.py" line="46"/>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/model.py" line="47"/>
        <source>Dropped</source>
        <translation>Wedi&apos;i ollwng</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/agenda.py" line="54"/>
        <source>Start &quot;{title}&quot;</source>
        <translation>Dechrau &quot;{title}&quot;</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/agenda.py" line="65"/>
        <source>End &quot;{title}&quot;</source>
        <translation>Gorffen &quot;{title}&quot;</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/board.py" line="34"/>
        <source>Add idea &quot;{text}&quot;</source>
        <translation>Ychwanegu syniad &quot;{text}&quot;</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/board.py" line="71"/>
        <source>Change colour</source>
        <translation>Newid lliw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/board.py" line="71"/>
        <source>Edit idea</source>
        <translation>Golygu syniad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/board.py" line="91"/>
        <source>Move to theme</source>
        <translation>Symud i thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/board.py" line="91"/>
        <source>Move notes</source>
        <translation>Symud nodiadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/board.py" line="113"/>
        <source>Move to theme &quot;{name}&quot;</source>
        <translation>Symud i&apos;r thema &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/board.py" line="115"/>
        <source>Take out of theme</source>
        <translation>Tynnu allan o&apos;r thema</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/commands/board.py" line="137"/>
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Dileu %n syniad</numerusform>
            <numerusform>Dileu syniad</numerusform>
            <numerusform>Dileu %n syniad</numerusform>
            <numerusform>Dileu %n syniad</numerusform>
            <numerusform>Dileu %n syniad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/commands/board.py" line="149"/>
        <source>Merge %n ideas</source>
        <translation>
            <numerusform>Cyfuno %n syniad</numerusform>
            <numerusform>Cyfuno %n syniad</numerusform>
            <numerusform>Cyfuno %n syniad</numerusform>
            <numerusform>Cyfuno %n syniad</numerusform>
            <numerusform>Cyfuno %n syniad</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/board.py" line="169"/>
        <source>Arrange by theme</source>
        <translation>Trefnu fesul thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/board.py" line="209"/>
        <source>Move theme</source>
        <translation>Symud thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/board.py" line="231"/>
        <source>Add theme &quot;{name}&quot;</source>
        <translation>Ychwanegu thema &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/board.py" line="252"/>
        <source>Rename theme</source>
        <translation>Ailenwi thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/board.py" line="252"/>
        <source>Change theme colour</source>
        <translation>Newid lliw thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/board.py" line="264"/>
        <source>Delete theme &quot;{name}&quot;</source>
        <translation>Dileu thema &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/setup.py" line="17"/>
        <source>Edit workshop details</source>
        <translation>Golygu manylion y gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/setup.py" line="29"/>
        <source>Add group &quot;{name}&quot;</source>
        <translation>Ychwanegu grŵp &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/setup.py" line="48"/>
        <source>Edit group</source>
        <translation>Golygu grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/setup.py" line="57"/>
        <source>Delete group &quot;{name}&quot;</source>
        <translation>Dileu grŵp &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/setup.py" line="69"/>
        <source>Add participant &quot;{name}&quot;</source>
        <translation>Ychwanegu cyfranogwr &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/setup.py" line="92"/>
        <source>Edit participant</source>
        <translation>Golygu cyfranogwr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/setup.py" line="101"/>
        <source>Delete participant &quot;{name}&quot;</source>
        <translation>Dileu cyfranogwr &quot;{name}&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/commands/setup.py" line="112"/>
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Ychwanegu %n cyfranogwr</numerusform>
            <numerusform>Ychwanegu %n cyfranogwr</numerusform>
            <numerusform>Ychwanegu %n cyfranogwr</numerusform>
            <numerusform>Ychwanegu %n cyfranogwr</numerusform>
            <numerusform>Ychwanegu %n cyfranogwr</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/setup.py" line="140"/>
        <source>Add stage &quot;{title}&quot;</source>
        <translation>Ychwanegu cam &quot;{title}&quot;</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/setup.py" line="159"/>
        <source>Edit stage</source>
        <translation>Golygu cam</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/setup.py" line="168"/>
        <source>Reorder agenda</source>
        <translation>Aildrefnu&apos;r agenda</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/commands/setup.py" line="180"/>
        <source>Delete stage &quot;{title}&quot;</source>
        <translation>Dileu cam &quot;{title}&quot;</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/ask.py" line="28"/>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="51"/>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="74"/>
        <location filename="../../coprod_desktop/ui/shared_screen/booth.py" line="96"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/errors.py" line="18"/>
        <source>Details were written to {path}.</source>
        <translation>Mae&apos;r manylion wedi&apos;u cadw yn {path}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/errors.py" line="21"/>
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/errors.py" line="23"/>
        <source>Something unexpected went wrong, but everything you did before it is saved. You can carry on; if it happens again, please tell whoever supports this app.</source>
        <translation>Aeth rhywbeth annisgwyl o&apos;i le, ond mae popeth wnaethoch chi cyn hynny wedi&apos;i gadw. Gallwch chi barhau; os bydd yn digwydd eto, rhowch wybod i bwy bynnag sy&apos;n cefnogi&apos;r ap hwn.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="35"/>
        <source>Workshop</source>
        <translation>Gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="68"/>
        <source>Export minutes</source>
        <translation>Allforio cofnodion</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="69"/>
        <source>Which languages should the minutes&apos; headings be in?</source>
        <translation>Ym mha iaith neu ieithoedd y dylai penawdau&apos;r cofnodion fod?</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="70"/>
        <source>Welsh only</source>
        <translation>Cymraeg yn unig</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="70"/>
        <source>English only</source>
        <translation>Saesneg yn unig</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="71"/>
        <source>Welsh and English</source>
        <translation>Cymraeg a Saesneg</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="71"/>
        <source>English and Welsh</source>
        <translation>Saesneg a Chymraeg</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="88"/>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="168"/>
        <source>Minutes saved</source>
        <translation>Cofnodion wedi&apos;u cadw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="89"/>
        <source>The minutes are saved as {name}.</source>
        <translation>Mae&apos;r cofnodion wedi&apos;u cadw fel {name}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="90"/>
        <source>Folder: {folder}</source>
        <translation>Ffolder: {folder}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="91"/>
        <source>Open folder</source>
        <translation>Agor y ffolder</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="92"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="109"/>
        <source>No workshop open</source>
        <translation>Does dim gweithdy ar agor</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="109"/>
        <source>Open a workshop first.</source>
        <translation>Agorwch weithdy yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="125"/>
        <source>The minutes could not be saved: {reason}{where}. Nothing was changed; try another folder or file name.</source>
        <translation>Doedd dim modd cadw&apos;r cofnodion: {reason}{where}. Does dim byd wedi newid; rhowch gynnig ar ffolder neu enw ffeil arall.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="130"/>
        <source>The spreadsheet files could not be saved: {reason}{where}. Nothing was changed; try another folder or file name.</source>
        <translation>Doedd dim modd cadw&apos;r ffeiliau taenlen: {reason}{where}. Does dim byd wedi newid; rhowch gynnig ar ffolder neu enw ffeil arall.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="227"/>
        <source>It will have the same groups and participants, and the %n action(s) still open, so the room can start by reviewing them. Title:</source>
        <translation>
            <numerusform>Bydd ganddo&apos;r un grwpiau a chyfranogwyr (does dim camau gweithredu ar agor i&apos;w hadolygu). Teitl:</numerusform>
            <numerusform>Bydd ganddo&apos;r un grwpiau a chyfranogwyr, a&apos;r %n cam gweithredu sy&apos;n dal ar agor, er mwyn i&apos;r ystafell ddechrau drwy ei adolygu. Teitl:</numerusform>
            <numerusform>Bydd ganddo&apos;r un grwpiau a chyfranogwyr, a&apos;r %n cam gweithredu sy&apos;n dal ar agor, er mwyn i&apos;r ystafell ddechrau drwy eu hadolygu. Teitl:</numerusform>
            <numerusform>Bydd ganddo&apos;r un grwpiau a chyfranogwyr, a&apos;r %n cam gweithredu sy&apos;n dal ar agor, er mwyn i&apos;r ystafell ddechrau drwy eu hadolygu. Teitl:</numerusform>
            <numerusform>Bydd ganddo&apos;r un grwpiau a chyfranogwyr, a&apos;r %n cam gweithredu sy&apos;n dal ar agor, er mwyn i&apos;r ystafell ddechrau drwy eu hadolygu. Teitl:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/errors.py" line="16"/>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="114"/>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="136"/>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="151"/>
        <source>minutes</source>
        <translation>cofnodion</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="152"/>
        <source>Save the minutes</source>
        <translation>Cadw&apos;r cofnodion</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="152"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="169"/>
        <source>The folder could not be opened here. The minutes are in {folder}.</source>
        <translation>Doedd dim modd agor y ffolder yma. Mae&apos;r cofnodion yn {folder}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="180"/>
        <source>spreadsheets</source>
        <translation>taenlenni</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="183"/>
        <source>Save ideas, votes and actions as CSV</source>
        <translation>Cadw syniadau, pleidleisiau a chamau gweithredu fel CSV</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="185"/>
        <source>Zip of CSV files (*.zip)</source>
        <translation>Ffeil zip o ffeiliau CSV (*.zip)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="201"/>
        <source>Spreadsheets saved</source>
        <translation>Taenlenni wedi&apos;u cadw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="203"/>
        <source>Saved {name}: ideas.csv, votes.csv and actions.csv, for Excel, LibreOffice or Google Sheets.</source>
        <translation>Wedi cadw {name}: ideas.csv, votes.csv ac actions.csv, ar gyfer Excel, LibreOffice neu Google Sheets.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="221"/>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="237"/>
        <source>No follow-up made</source>
        <translation>Dim gweithdy dilynol wedi&apos;i greu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="225"/>
        <source>New follow-up workshop</source>
        <translation>Gweithdy dilynol newydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="232"/>
        <source>Follow-up: {title}</source>
        <translation>Dilyniant: {title}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/exports_menu.py" line="237"/>
        <source>The new workshop needs a title.</source>
        <translation>Mae angen teitl ar y gweithdy newydd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/commands.py" line="17"/>
        <source>Add a note</source>
        <translation>Ychwanegu nodyn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/commands.py" line="38"/>
        <source>Move a note</source>
        <translation>Symud nodyn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/commands.py" line="38"/>
        <source>Edit a note</source>
        <translation>Golygu nodyn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/commands.py" line="48"/>
        <source>Delete a note</source>
        <translation>Dileu nodyn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/startup.py" line="120"/>
        <source>No library there yet</source>
        <translation>Does dim llyfrgell yno eto</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/startup.py" line="122"/>
        <source>There is no library at {path}.

Create a new, empty library there, choose another library, or quit?</source>
        <translation>Does dim llyfrgell yn {path}.

Creu llyfrgell newydd, wag yno, dewis llyfrgell arall, neu adael?</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/startup.py" line="128"/>
        <source>&amp;Create it</source>
        <translation>&amp;Creu hi</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/startup.py" line="129"/>
        <source>C&amp;hoose another…</source>
        <translation>&amp;Dewis un arall…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/startup.py" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/startup.py" line="150"/>
        <source>Cannot create the library</source>
        <translation>Does dim modd creu’r llyfrgell</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/startup.py" line="217"/>
        <source>To make a new library, use File → New library.</source>
        <translation>I greu llyfrgell newydd, dewiswch Ffeil → Llyfrgell newydd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/startup.py" line="180"/>
        <location filename="../../coprod_desktop/ui/startup.py" line="225"/>
        <source>Cannot open the library</source>
        <translation>Does dim modd agor y llyfrgell</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/startup.py" line="232"/>
        <source>Opened the default library instead</source>
        <translation>Agorwyd y llyfrgell ddiofyn yn lle hynny</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/startup.py" line="233"/>
        <source>The default library has been opened instead.</source>
        <translation>Mae&apos;r llyfrgell ddiofyn wedi&apos;i hagor yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/style.py" line="133"/>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/style.py" line="133"/>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/commands.py" line="58"/>
        <source>New voting round</source>
        <translation>Rownd bleidleisio newydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/commands.py" line="76"/>
        <source>Run-off round</source>
        <translation>Rownd ail bleidlais</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/commands.py" line="83"/>
        <source>Run-off: {question}</source>
        <translation>Ail bleidlais: {question}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/commands.py" line="97"/>
        <source>Change voting round</source>
        <translation>Newid rownd bleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/commands.py" line="112"/>
        <source>Delete voting round</source>
        <translation>Dileu rownd bleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/commands.py" line="129"/>
        <source>Record sticker counts</source>
        <translation>Cofnodi cyfrif y sticeri</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/commands.py" line="144"/>
        <source>That round has been opened, so making it can no longer be undone.</source>
        <translation>Mae&apos;r rownd honno wedi agor, felly does dim modd dadwneud ei chreu bellach.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="45"/>
        <source>a count cannot be below 0</source>
        <translation>does dim modd i gyfrif fod yn llai na 0</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="47"/>
        <source>“{text}” is not a whole number</source>
        <translation>dyw “{text}” ddim yn rhif cyfan</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="50"/>
        <source>{value} is more stickers than a room could place</source>
        <translation>mae {value} yn fwy o sticeri nag y gallai ystafell eu gosod</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/booth.py" line="53"/>
        <source>The room would see the ballot</source>
        <translation>Byddai&apos;r ystafell yn gweld y bleidlais</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/booth.py" line="61"/>
        <source>This vote is secret, but {screen} is the screen the room faces: everyone would see each voter&apos;s name and where they put their dots.</source>
        <translation>Mae&apos;r bleidlais hon yn gyfrinachol, ond {screen} yw&apos;r sgrin y mae&apos;r ystafell yn ei hwynebu: byddai pawb yn gweld enw pob pleidleisiwr a ble maen nhw&apos;n rhoi eu dotiau.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/booth.py" line="63"/>
        <source>this screen</source>
        <translation>y sgrin hon</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/booth.py" line="66"/>
        <source>Put the kiosk somewhere private instead:</source>
        <translation>Rhowch y ciosg rywle preifat yn lle hynny:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/booth.py" line="69"/>
        <source>No other screen is connected. Turn the laptop to face the voter and stop showing the shared screen, or let people vote from their phones.</source>
        <translation>Does dim sgrin arall wedi&apos;i chysylltu. Trowch y gliniadur i wynebu&apos;r pleidleisiwr a pheidiwch â dangos y sgrin a rennir, neu gadewch i bobl bleidleisio ar eu ffonau.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/booth.py" line="87"/>
        <source>Open it on {screen}</source>
        <translation>Ei agor ar {screen}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/booth.py" line="88"/>
        <source>Open the kiosk on {screen}</source>
        <translation>Agor y ciosg ar {screen}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/booth.py" line="92"/>
        <location filename="../../coprod_desktop/ui/shared_screen/booth.py" line="93"/>
        <source>It is a private booth: open it there</source>
        <translation>Bwth preifat yw hwn: ei agor yno</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/booth.py" line="222"/>
        <source> (the room&apos;s screen)</source>
        <translation> (sgrin yr ystafell)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/controller.py" line="250"/>
        <source>“{step}” could not be done because of an unexpected problem, and nothing of it was saved. It has been taken off the undo list; the rest of your work is safe.</source>
        <translation>Nid oedd modd gwneud “{step}” oherwydd problem annisgwyl, ac ni chadwyd dim ohono. Mae wedi&apos;i dynnu oddi ar y rhestr dadwneud; mae gweddill eich gwaith yn ddiogel.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/model.py" line="64"/>
        <source>A participant</source>
        <translation>Cyfranogwr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/model.py" line="64"/>
        <source>A participant ({group})</source>
        <translation>Cyfranogwr ({group})</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/model.py" line="70"/>
        <source>theme {name}</source>
        <translation>thema {name}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/server_password.py" line="20"/>
        <source>Archive password</source>
        <translation>Cyfrinair yr archif</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/server_password.py" line="21"/>
        <source>Password for {user} at {library}:</source>
        <translation>Cyfrinair {user} yn {library}:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/i18n.py" line="48"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>Dim syniadau</numerusform>
            <numerusform>%n syniad</numerusform>
            <numerusform>%n syniad</numerusform>
            <numerusform>%n syniad</numerusform>
            <numerusform>%n syniad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/i18n.py" line="52"/>
        <source>%n theme(s)</source>
        <translation>
            <numerusform>Dim themâu</numerusform>
            <numerusform>%n thema</numerusform>
            <numerusform>%n thema</numerusform>
            <numerusform>%n thema</numerusform>
            <numerusform>%n thema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/i18n.py" line="56"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>Dim dotiau</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/i18n.py" line="60"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>Neb</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionDelegate</name>
    <message>
        <location filename="../../coprod_desktop/ui/actions/delegates.py" line="116"/>
        <source>Owner: a participant, or type a team or name</source>
        <translation>Perchennog: cyfranogwr, neu teipiwch dîm neu enw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/delegates.py" line="119"/>
        <source>A person, or a team such as Housing</source>
        <translation>Person, neu dîm fel Tai</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/delegates.py" line="122"/>
        <source>Not named in the minutes: no consent recorded</source>
        <translation>Heb enw yn y cofnodion: dim caniatâd wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/delegates.py" line="135"/>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/delegates.py" line="136"/>
        <source>Due date</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/delegates.py" line="140"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/delegates.py" line="146"/>
        <source>Notes (Tab to finish)</source>
        <translation>Nodiadau (Tab i orffen)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/delegates.py" line="150"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../coprod_desktop/ui/actions/model.py" line="90"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/model.py" line="91"/>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/model.py" line="92"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/model.py" line="93"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/model.py" line="94"/>
        <source>Answers</source>
        <translation>Yn ymateb i</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/model.py" line="95"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/model.py" line="203"/>
        <source>Idea {n}: {text}</source>
        <translation>Syniad {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/model.py" line="210"/>
        <source>Theme: {name}</source>
        <translation>Thema: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/actions/model.py" line="221"/>
        <source>Idea(s) {numbers}</source>
        <translation>
            <numerusform>Syniadau {numbers}</numerusform>
            <numerusform>Syniad {numbers}</numerusform>
            <numerusform>Syniadau {numbers}</numerusform>
            <numerusform>Syniadau {numbers}</numerusform>
            <numerusform>Syniadau {numbers}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/model.py" line="240"/>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/model.py" line="298"/>
        <source>An action needs a title; it was left as it was.</source>
        <translation>Mae angen teitl ar gam gweithredu; mae wedi&apos;i adael fel yr oedd.</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="65"/>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="109"/>
        <source>Agreed actions</source>
        <translation>Camau gweithredu y cytunwyd arnyn nhw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="70"/>
        <source>Who does what, by when. Type an action and press Enter; double-click or press F2 to change a cell. Every change can be undone (Ctrl+Z).</source>
        <translation>Pwy sy&apos;n gwneud beth, ac erbyn pryd. Teipiwch gam gweithredu a phwyso Enter; cliciwch ddwywaith neu pwyswch F2 i newid cell. Mae modd dadwneud pob newid (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="80"/>
        <source>Follow-up</source>
        <translation>Dilyniant</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="84"/>
        <source>Type a new action and press Enter</source>
        <translation>Teipiwch gam gweithredu newydd a phwyso Enter</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="85"/>
        <source>New action</source>
        <translation>Cam gweithredu newydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="87"/>
        <source>&amp;Add action</source>
        <translation>&amp;Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="91"/>
        <source>Filter: words in the action, owner or notes</source>
        <translation>Hidlo: geiriau yn y cam gweithredu, y perchennog neu&apos;r nodiadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="92"/>
        <source>Filter actions</source>
        <translation>Hidlo camau gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="96"/>
        <source>Show actions with status</source>
        <translation>Dangos camau gweithredu â&apos;r statws</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="97"/>
        <source>All statuses</source>
        <translation>Pob statws</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="98"/>
        <source>Still open</source>
        <translation>Yn dal ar agor</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="102"/>
        <source>Show on shared screen</source>
        <translation>Dangos ar y sgrin a rennir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="103"/>
        <source>Show the list of actions on the shared screen</source>
        <translation>Dangos y rhestr o gamau gweithredu ar y sgrin a rennir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="135"/>
        <source>What it &amp;answers…</source>
        <translation>Beth mae&apos;n ymateb &amp;iddo…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="137"/>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="422"/>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="139"/>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="423"/>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="141"/>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="424"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="148"/>
        <source>Owner&apos;s name in the minutes</source>
        <translation>Enw&apos;r perchennog yn y cofnodion</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="153"/>
        <source>How many actions</source>
        <translation>Faint o gamau gweithredu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/actions/page.py" line="272"/>
        <source>This workshop follows up &quot;{title}&quot;. %n open action(s) were carried over: go through them with the room and set where each one stands. The minutes will show them as &quot;You said, we did&quot;.</source>
        <translation>
            <numerusform>Mae&apos;r gweithdy hwn yn dilyn &quot;{title}&quot;. Ddaeth dim camau gweithredu agored drosodd. Bydd y cofnodion yn dangos unrhyw rai a ychwanegwch o dan &quot;Dywedoch chi, gwnaethom ni&quot;.</numerusform>
            <numerusform>Mae&apos;r gweithdy hwn yn dilyn &quot;{title}&quot;. Daeth %n cam gweithredu agored drosodd: ewch drwyddo gyda&apos;r ystafell a nodwch beth yw&apos;r sefyllfa. Bydd y cofnodion yn ei ddangos o dan &quot;Dywedoch chi, gwnaethom ni&quot;.</numerusform>
            <numerusform>Mae&apos;r gweithdy hwn yn dilyn &quot;{title}&quot;. Daeth %n cam gweithredu agored drosodd: ewch drwyddyn nhw gyda&apos;r ystafell a nodwch beth yw&apos;r sefyllfa gyda phob un. Bydd y cofnodion yn eu dangos o dan &quot;Dywedoch chi, gwnaethom ni&quot;.</numerusform>
            <numerusform>Mae&apos;r gweithdy hwn yn dilyn &quot;{title}&quot;. Daeth %n cam gweithredu agored drosodd: ewch drwyddyn nhw gyda&apos;r ystafell a nodwch beth yw&apos;r sefyllfa gyda phob un. Bydd y cofnodion yn eu dangos o dan &quot;Dywedoch chi, gwnaethom ni&quot;.</numerusform>
            <numerusform>Mae&apos;r gweithdy hwn yn dilyn &quot;{title}&quot;. Daeth %n cam gweithredu agored drosodd: ewch drwyddyn nhw gyda&apos;r ystafell a nodwch beth yw&apos;r sefyllfa gyda phob un. Bydd y cofnodion yn eu dangos o dan &quot;Dywedoch chi, gwnaethom ni&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/actions/page.py" line="286"/>
        <source>%n action(s), {open} still open</source>
        <translation>
            <numerusform>%n cam gweithredu, {open} yn dal ar agor</numerusform>
            <numerusform>%n cam gweithredu, {open} yn dal ar agor</numerusform>
            <numerusform>%n cam gweithredu, {open} yn dal ar agor</numerusform>
            <numerusform>%n cam gweithredu, {open} yn dal ar agor</numerusform>
            <numerusform>%n cam gweithredu, {open} yn dal ar agor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="288"/>
        <source>No actions yet</source>
        <translation>Dim camau gweithredu eto</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="299"/>
        <source>{name} has not agreed to be named in the minutes: the minutes will say “a participant”.</source>
        <translation>Does dim caniatâd wedi&apos;i gofnodi i enwi {name} yn y cofnodion: bydd y cofnodion yn dweud “cyfranogwr”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/actions/page.py" line="373"/>
        <source>Delete %n actions</source>
        <translation>
            <numerusform>Dileu %n cam gweithredu</numerusform>
            <numerusform>Dileu %n cam gweithredu</numerusform>
            <numerusform>Dileu %n cam gweithredu</numerusform>
            <numerusform>Dileu %n cam gweithredu</numerusform>
            <numerusform>Dileu %n cam gweithredu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="407"/>
        <source>Edit this cell</source>
        <translation>Golygu&apos;r gell hon</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="408"/>
        <source>Set status</source>
        <translation>Gosod statws</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="415"/>
        <source>Clear the due date</source>
        <translation>Clirio&apos;r dyddiad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="417"/>
        <source>Clear the owner</source>
        <translation>Clirio&apos;r perchennog</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/page.py" line="420"/>
        <source>What it answers…</source>
        <translation>Beth mae&apos;n ymateb iddo…</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/actions_view.py" line="35"/>
        <source>Proposed</source>
        <translation>Arfaethedig</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/actions_view.py" line="36"/>
        <source>Agreed</source>
        <translation>Wedi&apos;i gytuno</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/actions_view.py" line="37"/>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/actions_view.py" line="38"/>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/actions_view.py" line="39"/>
        <source>Dropped</source>
        <translation>Wedi&apos;i ollwng</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/actions_view.py" line="131"/>
        <source>Agreed actions</source>
        <translation>Camau gweithredu y cytunwyd arnyn nhw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/actions_view.py" line="154"/>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/actions_view.py" line="155"/>
        <source>No workshop is open</source>
        <translation>Does dim gweithdy ar agor</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/actions_view.py" line="172"/>
        <source>Owner to agree</source>
        <translation>Perchennog i&apos;w gytuno</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/actions_view.py" line="175"/>
        <source>By {date}</source>
        <translation>Erbyn {date}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/actions_view.py" line="177"/>
        <source>No date yet</source>
        <translation>Dim dyddiad eto</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/actions_view.py" line="180"/>
        <source>What we agreed</source>
        <translation>Beth wnaethon ni ei gytuno</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/actions_view.py" line="181"/>
        <source>No actions yet.</source>
        <translation>Dim camau gweithredu eto.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/actions_view.py" line="184"/>
        <source>No new actions yet. The earlier workshop&apos;s actions are in “You said, we did”.</source>
        <translation>Dim camau gweithredu newydd eto. Mae camau gweithredu&apos;r gweithdy blaenorol o dan “Dywedoch chi, gwnaethom ni”.</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="56"/>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="140"/>
        <source>Stages</source>
        <translation>Camau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="66"/>
        <source>Current stage</source>
        <translation>Y cam presennol</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="70"/>
        <source>Stage state</source>
        <translation>Cyflwr y cam</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="75"/>
        <source>Prompt</source>
        <translation>Anogaeth</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="78"/>
        <source>Time left</source>
        <translation>Amser ar ôl</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="83"/>
        <source>Time left in words</source>
        <translation>Amser ar ôl mewn geiriau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="103"/>
        <source>&amp;Start selected stage</source>
        <translation>&amp;Dechrau&apos;r cam a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="105"/>
        <source>&amp;Next stage</source>
        <translation>Y cam &amp;nesaf</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="106"/>
        <source>&amp;End stage</source>
        <translation>&amp;Gorffen y cam</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="108"/>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="330"/>
        <source>&amp;Pause timer</source>
        <translation>&amp;Oedi&apos;r amserydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="111"/>
        <source>&amp;Add a minute</source>
        <translation>Ychwanegu &amp;munud</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="226"/>
        <source>{n} min planned</source>
        <translation>{n} mun wedi&apos;u cynllunio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="228"/>
        <source>no time planned</source>
        <translation>dim amser wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="232"/>
        <source>Done {start}–{end} ({n} min)</source>
        <translation>Gwnaed {start}–{end} ({n} mun)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="236"/>
        <source>Running since {start} · {planned}</source>
        <translation>Ar waith ers {start} · {planned}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="253"/>
        <source>No agenda yet</source>
        <translation>Dim agenda eto</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="254"/>
        <source>Add stages in Set-up → Agenda.</source>
        <translation>Ychwanegwch gamau yn Paratoi → Agenda.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="261"/>
        <source>Now running</source>
        <translation>Ar waith nawr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="270"/>
        <source>The agenda is done: every stage has been run.</source>
        <translation>Mae’r agenda wedi’i gorffen: mae pob cam wedi’i gynnal.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="278"/>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="294"/>
        <source>Finished: took {n} min</source>
        <translation>Wedi gorffen: cymerodd {n} mun</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="296"/>
        <source>Finished: took {n} min, {over} over the {planned} planned</source>
        <translation>Wedi gorffen: cymerodd {n} mun, {over} dros y {planned} a gynlluniwyd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="299"/>
        <source>Finished: took {n} min of the {planned} planned</source>
        <translation>Wedi gorffen: cymerodd {n} mun o&apos;r {planned} a gynlluniwyd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="330"/>
        <source>&amp;Resume timer</source>
        <translation>&amp;Ailddechrau&apos;r amserydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="361"/>
        <source>That was the last stage.</source>
        <translation>Dyna oedd y cam olaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/page.py" line="367"/>
        <source>Every stage has been run.</source>
        <translation>Mae pob cam wedi&apos;i gynnal.</translation>
    </message>
</context>
<context>
    <name>BallotGrid</name>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/shared_screen/grids.py" line="333"/>
        <source>An item can take at most %n dot(s).</source>
        <translation>
            <numerusform>Dim ond %n dot ar y mwyaf all fynd ar un eitem.</numerusform>
            <numerusform>Dim ond un dot all fynd ar bob eitem.</numerusform>
            <numerusform>Dim ond %n dot ar y mwyaf all fynd ar un eitem.</numerusform>
            <numerusform>Dim ond %n dot ar y mwyaf all fynd ar un eitem.</numerusform>
            <numerusform>Dim ond %n dot ar y mwyaf all fynd ar un eitem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/grids.py" line="336"/>
        <source>All your dots are placed. Take one off an item to move it.</source>
        <translation>Mae eich dotiau i gyd wedi&apos;u gosod. Tynnwch un oddi ar eitem i&apos;w symud.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/grids.py" line="367"/>
        <source>Number {n}: {label}. {dots} of {cap} dots on it.</source>
        <translation>Rhif {n}: {label}. {dots} o {cap} dot arno.</translation>
    </message>
</context>
<context>
    <name>BallotKiosk</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/booth.py" line="292"/>
        <source>The ballot kiosk closed: the shared screen is now on its screen, where the room would see the ballot. Open the kiosk on another screen.</source>
        <translation>Mae&apos;r ciosg pleidleisio wedi cau: mae&apos;r sgrin a rennir bellach ar ei sgrin, lle byddai&apos;r ystafell yn gweld y bleidlais. Agorwch y ciosg ar sgrin arall.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/booth.py" line="306"/>
        <source>The ballot kiosk&apos;s screen was unplugged, so the kiosk closed. Open it again on another screen.</source>
        <translation>Cafodd sgrin y ciosg pleidleisio ei datgysylltu, felly mae&apos;r ciosg wedi cau. Agorwch ef eto ar sgrin arall.</translation>
    </message>
</context>
<context>
    <name>BallotWatchPanel</name>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="47"/>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="49"/>
        <source>Turnout</source>
        <translation>Nifer sydd wedi pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="64"/>
        <source>Still to vote</source>
        <translation>Heb bleidleisio eto</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="69"/>
        <source>Have voted</source>
        <translation>Wedi pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="59"/>
        <source>The ballot kiosk now</source>
        <translation>Y ciosg pleidleisio nawr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="72"/>
        <source>&amp;Show the count on the shared screen</source>
        <translation>&amp;Dangos y cyfrif ar y sgrin a rennir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="74"/>
        <source>Show the question and how many have voted on the shared screen</source>
        <translation>Dangos y cwestiwn a faint sydd wedi pleidleisio ar y sgrin a rennir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="77"/>
        <source>Ne&amp;xt voter</source>
        <translation>Y pleidleisiwr ne&amp;saf</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="79"/>
        <source>Open the ballot for the next person on the list</source>
        <translation>Agor y bleidlais i&apos;r person nesaf ar y rhestr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="82"/>
        <source>Ballot for the &amp;selected person</source>
        <translation>Pleidlais i&apos;r &amp;person a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="83"/>
        <source>Open the ballot for the selected person</source>
        <translation>Agor y bleidlais i&apos;r person a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="85"/>
        <source>&amp;Close voting…</source>
        <translation>&amp;Cau&apos;r bleidlais…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="87"/>
        <source>Close voting</source>
        <translation>Cau&apos;r bleidlais</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="117"/>
        <source>{voted} of {total} have voted</source>
        <translation>{voted} o {total} wedi pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="125"/>
        <source>{percent}% have voted</source>
        <translation>{percent}% wedi pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="140"/>
        <source>{group}: {voted} of {total}</source>
        <translation>{group}: {voted} o {total}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="141"/>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="143"/>
        <source>No group</source>
        <translation>Dim grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="149"/>
        <source>S&amp;till to vote ({n})</source>
        <translation>&amp;Heb bleidleisio eto ({n})</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="150"/>
        <source>&amp;Have voted ({n})</source>
        <translation>&amp;Wedi pleidleisio ({n})</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="180"/>
        <source>The ballot kiosk is not open.</source>
        <translation>Dyw&apos;r ciosg pleidleisio ddim ar agor.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="182"/>
        <source>The ballot kiosk shows another round.</source>
        <translation>Mae&apos;r ciosg pleidleisio yn dangos rownd arall.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="187"/>
        <source>The ballot kiosk is waiting for the next voter to find their name.</source>
        <translation>Mae&apos;r ciosg pleidleisio yn aros i&apos;r pleidleisiwr nesaf ddod o hyd i&apos;w enw.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="189"/>
        <source>{name} is voting at the ballot kiosk.</source>
        <translation>Mae {name} yn pleidleisio wrth y ciosg pleidleisio.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="192"/>
        <source>A ballot was just cast; the kiosk is waiting for the next person.</source>
        <translation>Mae pleidlais newydd gael ei bwrw; mae&apos;r ciosg yn aros am y person nesaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="195"/>
        <source>The ballot kiosk is open.</source>
        <translation>Mae&apos;r ciosg pleidleisio ar agor.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="221"/>
        <source>{name} is in the middle of voting at the ballot kiosk. Start a new ballot anyway? Their dots so far will not be cast.</source>
        <translation>Mae {name} ar ganol pleidleisio wrth y ciosg pleidleisio. Dechrau pleidlais newydd beth bynnag? Fydd y dotiau sydd wedi&apos;u gosod hyd yma ddim yn cael eu bwrw.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="190"/>
        <source>{name} is confirming their votes.</source>
        <translation>Mae {name} yn cadarnhau&apos;r bleidlais.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="194"/>
        <source>Everyone on the list has voted.</source>
        <translation>Mae pawb ar y rhestr wedi pleidleisio.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="219"/>
        <source>Someone is voting</source>
        <translation>Mae rhywun yn pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="224"/>
        <source>Start a new ballot</source>
        <translation>Dechrau pleidlais newydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/watch_panel.py" line="228"/>
        <source>That person cannot vote in this round now.</source>
        <translation>Dyw&apos;r person hwnnw ddim yn gallu pleidleisio yn y rownd hon nawr.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="126"/>
        <source>{dots} (tied)</source>
        <translation>{dots} (cyfartal)</translation>
    </message>
</context>
<context>
    <name>BlankView</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/base.py" line="177"/>
        <source>Paused</source>
        <translation>Saib</translation>
    </message>
</context>
<context>
    <name>BoardMenu</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/board_menu.py" line="39"/>
        <source>Spotlight th&amp;eme</source>
        <translation>Amlygu t&amp;hema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/board_menu.py" line="43"/>
        <source>Show one theme alone on the shared screen</source>
        <translation>Dangos un thema ar ei phen ei hun ar y sgrin a rennir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/board_menu.py" line="52"/>
        <source>&amp;Whole board</source>
        <translation>Y &amp;bwrdd cyfan</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="110"/>
        <source>Dots shown</source>
        <translation>Y dotiau a ddangosir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="86"/>
        <source>Board or outline</source>
        <translation>Bwrdd neu amlinelliad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="87"/>
        <source>Board</source>
        <translation>Bwrdd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="88"/>
        <source>Outline</source>
        <translation>Amlinelliad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="92"/>
        <source>Find on the board (Ctrl+F)</source>
        <translation>Chwilio ar y bwrdd (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="93"/>
        <source>Find ideas</source>
        <translation>Chwilio am syniadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="101"/>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="104"/>
        <source>Board summary</source>
        <translation>Crynodeb o&apos;r bwrdd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="199"/>
        <source>&amp;Capture an idea</source>
        <translation>&amp;Cofnodi syniad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="200"/>
        <source>&amp;Edit idea</source>
        <translation>&amp;Golygu syniad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="202"/>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="204"/>
        <source>&amp;Merge ideas</source>
        <translation>C&amp;yfuno syniadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="206"/>
        <source>Select &amp;all ideas</source>
        <translation>Dewis &amp;pob syniad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="208"/>
        <source>Note &amp;colour</source>
        <translation>&amp;Lliw&apos;r nodyn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="213"/>
        <source>Move to &amp;theme</source>
        <translation>Symud i &amp;thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="217"/>
        <source>Move to previous theme</source>
        <translation>Symud i&apos;r thema flaenorol</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="220"/>
        <source>Move to next theme</source>
        <translation>Symud i&apos;r thema nesaf</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="222"/>
        <source>&amp;New theme…</source>
        <translation>Thema &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="223"/>
        <source>&amp;Rename theme…</source>
        <translation>&amp;Ailenwi thema…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="224"/>
        <source>Delete t&amp;heme</source>
        <translation>Dileu t&amp;hema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="225"/>
        <source>Theme c&amp;olour</source>
        <translation>Lliw&apos;r th&amp;ema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="229"/>
        <source>&amp;Arrange by theme</source>
        <translation>T&amp;refnu fesul thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="231"/>
        <source>Zoom &amp;in</source>
        <translation>Chwyddo &amp;i mewn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="233"/>
        <source>Zoom &amp;out</source>
        <translation>Chwydd&amp;o allan</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="234"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ffitio i&apos;r ffenestr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="236"/>
        <source>&amp;Find…</source>
        <translation>Ch&amp;wilio…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="239"/>
        <source>Find &amp;next</source>
        <translation>Canfod y ne&amp;saf</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="242"/>
        <source>Show &amp;board</source>
        <translation>Dangos y &amp;bwrdd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="245"/>
        <source>Show &amp;outline</source>
        <translation>Dangos yr a&amp;mlinelliad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="251"/>
        <source>Ma&amp;ke an action from the selected ideas</source>
        <translation>Creu cam gweithred&amp;u o&apos;r syniadau a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="256"/>
        <source>Make an action from the theme</source>
        <translation>Creu cam gweithredu o&apos;r thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="525"/>
        <source>Select an idea to edit first.</source>
        <translation>Dewiswch syniad i&apos;w olygu yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="556"/>
        <source>Select the ideas to delete first.</source>
        <translation>Dewiswch y syniadau i&apos;w dileu yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="559"/>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Wedi dileu. Pwyswch Ctrl+Z i ddadwneud.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="564"/>
        <source>Select two or more ideas to merge.</source>
        <translation>Dewiswch ddau syniad neu fwy i&apos;w cyfuno.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="585"/>
        <source>Select the ideas to colour first.</source>
        <translation>Dewiswch y syniadau i&apos;w lliwio yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="588"/>
        <source>Change colour</source>
        <translation>Newid lliw</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/board/page.py" line="610"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>Dim yn cyfateb</numerusform>
            <numerusform>%n yn cyfateb</numerusform>
            <numerusform>%n yn cyfateb</numerusform>
            <numerusform>%n yn cyfateb</numerusform>
            <numerusform>%n yn cyfateb</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="631"/>
        <source>{ideas} · {themes} · {unsorted} without a theme</source>
        <translation>{ideas} · {themes} · {unsorted} heb thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/page.py" line="635"/>
        <source> · {n} selected</source>
        <translation> · Wedi&apos;u dewis: {n}</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../coprod_desktop/ui/board/view.py" line="47"/>
        <source>Idea board</source>
        <translation>Bwrdd syniadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/view.py" line="50"/>
        <source>Sticky notes grouped into themes. Arrow keys move between notes; the outline view lists the same ideas for screen readers.</source>
        <translation>Nodiadau gludiog wedi&apos;u grwpio&apos;n themâu. Mae&apos;r bysellau saeth yn symud rhwng nodiadau; mae&apos;r amlinelliad yn rhestru&apos;r un syniadau ar gyfer darllenwyr sgrin.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/board_view.py" line="194"/>
        <location filename="../../coprod_desktop/ui/shared_screen/board_view.py" line="196"/>
        <source>The board</source>
        <translation>Y bwrdd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/board_view.py" line="360"/>
        <source>No workshop is open</source>
        <translation>Does dim gweithdy ar agor</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/board_view.py" line="398"/>
        <location filename="../../coprod_desktop/ui/shared_screen/board_view.py" line="413"/>
        <source>Not in a theme yet</source>
        <translation>Heb thema eto</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/board_view.py" line="425"/>
        <source>The board is empty so far</source>
        <translation>Mae&apos;r bwrdd yn wag hyd yma</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/board_view.py" line="461"/>
        <source>{n} of {total}: Not in a theme yet</source>
        <translation>{n} o {total}: Heb thema eto</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/board_view.py" line="464"/>
        <source>Theme {n} of {total}: {name}</source>
        <translation>Thema {n} o {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/board_view.py" line="469"/>
        <source>{title}, {part} of {parts}</source>
        <translation>{title}, {part} o {parts}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/board_view.py" line="503"/>
        <source>{ideas} in {themes}</source>
        <translation>{ideas} mewn {themes}</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="220"/>
        <source>This library is read-only: ideas cannot be added</source>
        <translation>Llyfrgell darllen yn unig: ni ellir ychwanegu syniadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="131"/>
        <source>Who said it</source>
        <translation>Pwy ddywedodd hyn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="132"/>
        <source>Who said it (Ctrl+Up / Ctrl+Down from the line)</source>
        <translation>Pwy ddywedodd hyn (Ctrl+Up / Ctrl+Down o&apos;r llinell)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="139"/>
        <source>New idea</source>
        <translation>Syniad newydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="141"/>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="222"/>
        <source>Type an idea and press Enter  ·  #Theme at the start files it</source>
        <translation>Teipiwch syniad, yna Enter  ·  rhowch #Thema o&apos;i flaen i&apos;w ffeilio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="151"/>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="152"/>
        <source>Add idea</source>
        <translation>Ychwanegu syniad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="157"/>
        <source>Last idea added</source>
        <translation>Y syniad diwethaf a ychwanegwyd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="159"/>
        <source>&amp;Who:</source>
        <translation>&amp;Pwy:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="178"/>
        <source>Anyone (no group)</source>
        <translation>Unrhyw un (dim grŵp)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="180"/>
        <source>Group: {name}</source>
        <translation>Grŵp: {name}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="213"/>
        <source>Now: {who}</source>
        <translation>Nawr: {who}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="234"/>
        <source>Open a workshop first.</source>
        <translation>Agorwch weithdy yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="238"/>
        <source>Type the idea after the theme name.</source>
        <translation>Teipiwch y syniad ar ôl enw&apos;r thema.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="253"/>
        <source>no theme</source>
        <translation>dim thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/capture_line.py" line="254"/>
        <source>Added ✓ ({where})</source>
        <translation>Wedi&apos;i ychwanegu ✓ ({where})</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <location filename="../../coprod_desktop/ui/board/context_menu.py" line="137"/>
        <source>Make an action from the selected ideas</source>
        <translation>Creu cam gweithredu o&apos;r syniadau a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/context_menu.py" line="144"/>
        <source>Make an action from the theme “{name}”</source>
        <translation>Creu cam gweithredu o&apos;r thema “{name}”</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/context_menu.py" line="158"/>
        <source>Select a theme, or an idea in it, first.</source>
        <translation>Dewiswch thema, neu syniad ynddi, yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/context_menu.py" line="171"/>
        <source>Select the ideas the action answers first.</source>
        <translation>Dewiswch y syniadau mae&apos;r cam gweithredu yn ymateb iddyn nhw yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>CornerTimer</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/corner_timer.py" line="32"/>
        <source>{time} so far</source>
        <translation>{time} hyd yma</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/corner_timer.py" line="37"/>
        <source>{time} left</source>
        <translation>{time} ar ôl</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/corner_timer.py" line="40"/>
        <source>+{time} over time</source>
        <translation>+{time} dros amser</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/corner_timer.py" line="58"/>
        <source>Time on this stage</source>
        <translation>Amser ar y cam hwn</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="34"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="36"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="37"/>
        <source>Why the room is meeting, in a sentence or two</source>
        <translation>Pam mae&apos;r ystafell yn cwrdd, mewn brawddeg neu ddwy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="45"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="46"/>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="47"/>
        <source>No date yet</source>
        <translation>Dim dyddiad eto</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="48"/>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="49"/>
        <source>Facilitator</source>
        <translation>Hwylusydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="50"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="52"/>
        <source>Language of the minutes</source>
        <translation>Iaith y cofnodion</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="53"/>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="54"/>
        <source>Welsh (Cymraeg)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="61"/>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="62"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Diben:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="67"/>
        <source>&amp;Date:</source>
        <translation>D&amp;yddiad:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="70"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="71"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Hwylusydd:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="72"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="73"/>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/details.py" line="111"/>
        <source>The workshop needs a title.</source>
        <translation>Mae angen teitl ar y gweithdy.</translation>
    </message>
</context>
<context>
    <name>DotsChoice</name>
    <message>
        <location filename="../../coprod_desktop/ui/board/dots_choice.py" line="110"/>
        <source>Round {number}, {table}: {question}</source>
        <translation>Rownd {number}, {table}: {question}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/dots_choice.py" line="113"/>
        <source>Round {number}: {question}</source>
        <translation>Rownd {number}: {question}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/dots_choice.py" line="123"/>
        <source>● dots on the themes from “{question}” (closed)</source>
        <translation>● dotiau ar y themâu o “{question}” (wedi cau)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/dots_choice.py" line="126"/>
        <source>● dots from “{question}” (closed)</source>
        <translation>● dotiau o “{question}” (wedi cau)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/dots_choice.py" line="130"/>
        <source>No dots shown</source>
        <translation>Dim dotiau i’w gweld</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/dots_choice.py" line="131"/>
        <source>No dots yet: they show when a vote closes</source>
        <translation>Dim dotiau eto: byddan nhw’n ymddangos pan fydd pleidlais yn cau</translation>
    </message>
</context>
<context>
    <name>DotsChooser</name>
    <message>
        <location filename="../../coprod_desktop/ui/board/dots_choice.py" line="195"/>
        <source>Dots from which vote</source>
        <translation>Dotiau o ba bleidlais</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/dots_choice.py" line="197"/>
        <location filename="../../coprod_desktop/ui/board/dots_choice.py" line="244"/>
        <source>The notes show the dots of one closed vote; open votes stay hidden</source>
        <translation>Mae’r nodiadau’n dangos dotiau un bleidlais sydd wedi cau; mae pleidleisiau agored yn aros yn gudd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/dots_choice.py" line="204"/>
        <source>&amp;Dots from:</source>
        <translation>&amp;Dotiau o:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/dots_choice.py" line="217"/>
        <source>No dots</source>
        <translation>Dim dotiau</translation>
    </message>
</context>
<context>
    <name>DotsLeft</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/grids.py" line="493"/>
        <source>All {budget} dots placed</source>
        <translation>Wedi gosod pob un o&apos;r {budget} dot</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/shared_screen/grids.py" line="494"/>
        <source>%n dot(s) left of {budget}</source>
        <translation>
            <numerusform>Dim dotiau ar ôl o {budget}</numerusform>
            <numerusform>%n dot ar ôl o {budget}</numerusform>
            <numerusform>%n dot ar ôl o {budget}</numerusform>
            <numerusform>%n dot ar ôl o {budget}</numerusform>
            <numerusform>%n dot ar ôl o {budget}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EqualVoicePanel</name>
    <message>
        <location filename="../../coprod_desktop/ui/voting/voice_panel.py" line="41"/>
        <source>Equal voice so far</source>
        <translation>Llais cyfartal hyd yma</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/voice_panel.py" line="46"/>
        <source>Shares of people, ideas and votes by group</source>
        <translation>Cyfran y bobl, y syniadau a&apos;r pleidleisiau fesul grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/voice_panel.py" line="48"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/voice_panel.py" line="48"/>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/voice_panel.py" line="48"/>
        <source>Ideas</source>
        <translation>Syniadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/voice_panel.py" line="48"/>
        <source>Votes</source>
        <translation>Pleidleisiau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/voice_panel.py" line="65"/>
        <source>Each group&apos;s share of the people here, of the ideas and of the ballots cast. ▼ marks fewer than their share of the people here.</source>
        <translation>Cyfran pob grŵp o&apos;r bobl sydd yma, o&apos;r syniadau ac o&apos;r pleidleisiau a fwriwyd. Mae ▼ yn dangos llai na&apos;u cyfran o&apos;r bobl sydd yma.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/voice_panel.py" line="77"/>
        <source>People who have not added an idea yet</source>
        <translation>Pobl sydd heb ychwanegu syniad eto</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/voice_panel.py" line="117"/>
        <source>No group</source>
        <translation>Dim grŵp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/voice_panel.py" line="136"/>
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>Dim pleidleisiau</numerusform>
            <numerusform>%n bleidlais</numerusform>
            <numerusform>%n pleidlais</numerusform>
            <numerusform>%n pleidlais</numerusform>
            <numerusform>%n pleidlais</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/voice_panel.py" line="147"/>
        <source>fewer than this group&apos;s share of the people here</source>
        <translation>llai na chyfran y grŵp hwn o&apos;r bobl sydd yma</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/voice_panel.py" line="157"/>
        <source>Nobody is marked as attended yet.</source>
        <translation>Does neb wedi&apos;i nodi&apos;n bresennol eto.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/voice_panel.py" line="159"/>
        <source>Everyone here has added at least one idea.</source>
        <translation>Mae pawb sydd yma wedi ychwanegu o leiaf un syniad.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/voice_panel.py" line="162"/>
        <source>No idea yet from {n} of {total}: {names}</source>
        <translation>Dim syniad eto gan {n} o {total}: {names}</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="66"/>
        <source>Edit group</source>
        <translation>Golygu grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="66"/>
        <source>New group</source>
        <translation>Grŵp newydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="68"/>
        <source>Group name</source>
        <translation>Enw&apos;r grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="69"/>
        <source>For example: Residents, Carers, Staff</source>
        <translation>Er enghraifft: Preswylwyr, Gofalwyr, Staff</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="71"/>
        <source>Group colour</source>
        <translation>Lliw&apos;r grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="72"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="72"/>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="75"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="76"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Lliw:</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="373"/>
        <source>{group}: {turnout}</source>
        <translation>{group}: {turnout}</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="51"/>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="59"/>
        <source>Groups</source>
        <translation>Grwpiau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="54"/>
        <source>Kinds of participant, so results show whether groups chose differently.</source>
        <translation>Mathau o gyfranogwyr, fel bod y canlyniadau&apos;n dangos a wnaeth grwpiau ddewis yn wahanol.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="62"/>
        <source>&amp;Add group…</source>
        <translation>&amp;Ychwanegu grŵp…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="63"/>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="64"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="93"/>
        <source>{name}, colour {colour}</source>
        <translation>{name}, lliw {colour}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="127"/>
        <source>Deleted the group; its people stay, without a group. Ctrl+Z undoes.</source>
        <translation>Wedi dileu&apos;r grŵp; mae ei bobl yn aros, heb grŵp. Mae Ctrl+Z yn dadwneud.</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="220"/>
        <source>Names of people who have not voted yet</source>
        <translation>Enwau pobl sydd heb bleidleisio eto</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="223"/>
        <source>◀ More names</source>
        <translation>◀ Rhagor o enwau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="223"/>
        <source>Previous names</source>
        <translation>Yr enwau blaenorol</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="224"/>
        <source>More names ▶</source>
        <translation>Rhagor o enwau ▶</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="224"/>
        <source>Next names</source>
        <translation>Yr enwau nesaf</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="255"/>
        <source>Ballot</source>
        <translation>Pleidlais</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="260"/>
        <source>✕ Cancel</source>
        <translation>✕ Canslo</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="260"/>
        <source>Cancel, cast nothing</source>
        <translation>Canslo, heb fwrw dim</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="261"/>
        <source>◀ Back</source>
        <translation>◀ Yn ôl</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="261"/>
        <source>Previous page</source>
        <translation>Y dudalen flaenorol</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="262"/>
        <source>More ▶</source>
        <translation>Rhagor ▶</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="262"/>
        <source>Next page</source>
        <translation>Y dudalen nesaf</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="272"/>
        <source>Cast my votes ✓</source>
        <translation>Bwrw fy mhleidlais ✓</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="272"/>
        <source>Cast my votes</source>
        <translation>Bwrw fy mhleidlais</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="305"/>
        <source>◀ Go back and change</source>
        <translation>◀ Mynd yn ôl i newid</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="305"/>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="307"/>
        <source>Yes, cast my votes ✓</source>
        <translation>Ie, bwrw fy mhleidlais ✓</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="307"/>
        <source>Yes, cast my votes</source>
        <translation>Ie, bwrw fy mhleidlais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="426"/>
        <source>%n dot(s):</source>
        <translation>
            <numerusform>%n dot:</numerusform>
            <numerusform>%n dot:</numerusform>
            <numerusform>%n dot:</numerusform>
            <numerusform>%n dot:</numerusform>
            <numerusform>%n dot:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="436"/>
        <source>You have %n dot(s) you have not used. They will not count.</source>
        <translation>
            <numerusform>Mae gennych chi %n dot heb eu defnyddio. Fyddan nhw ddim yn cyfrif.</numerusform>
            <numerusform>Mae gennych chi %n dot heb ei ddefnyddio. Fydd e ddim yn cyfrif.</numerusform>
            <numerusform>Mae gennych chi %n dot heb eu defnyddio. Fyddan nhw ddim yn cyfrif.</numerusform>
            <numerusform>Mae gennych chi %n dot heb eu defnyddio. Fyddan nhw ddim yn cyfrif.</numerusform>
            <numerusform>Mae gennych chi %n dot heb eu defnyddio. Fyddan nhw ddim yn cyfrif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="567"/>
        <source>You have %n dot(s): at most one on each item.</source>
        <translation>
            <numerusform>Mae gennych chi %n dot: un ar y mwyaf ar bob eitem.</numerusform>
            <numerusform>Mae gennych chi %n dot.</numerusform>
            <numerusform>Mae gennych chi %n dot: un ar y mwyaf ar bob eitem.</numerusform>
            <numerusform>Mae gennych chi %n dot: un ar y mwyaf ar bob eitem.</numerusform>
            <numerusform>Mae gennych chi %n dot: un ar y mwyaf ar bob eitem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="429"/>
        <source>{name}, cast your votes?</source>
        <translation>{name}, bwrw eich pleidlais?</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="431"/>
        <source>You have not put any dots on anything.</source>
        <translation>Dydych chi ddim wedi rhoi dotiau ar ddim byd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="434"/>
        <source>Your ballot will be empty. Go back if you meant to place dots.</source>
        <translation>Bydd eich pleidlais yn wag. Ewch yn ôl os oeddech chi am osod dotiau.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="439"/>
        <source>Once cast, your votes cannot be changed.</source>
        <translation>Ar ôl ei bwrw, does dim modd newid eich pleidlais.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="461"/>
        <source>Sorry, your vote was not stored. Please tell the facilitator, then find your name to try again.</source>
        <translation>Mae&apos;n ddrwg gennym, chafodd eich pleidlais mo&apos;i chadw. Dywedwch wrth yr hwylusydd, yna dewch o hyd i&apos;ch enw i roi cynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="468"/>
        <source>A ballot could not be stored (the disk may be full). The voter was told, and nothing of it was kept. Free some space, then they can vote again.</source>
        <translation>Doedd dim modd cadw pleidlais (efallai bod y ddisg yn llawn). Cafodd y pleidleisiwr wybod, a chafodd dim ohoni ei gadw. Rhyddhewch ychydig o le, yna gallan nhw bleidleisio eto.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="519"/>
        <source>{name}, place your dots</source>
        <translation>{name}, gosodwch eich dotiau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="529"/>
        <source>Thank you. Your votes are in.</source>
        <translation>Diolch. Mae eich pleidlais wedi&apos;i bwrw.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="531"/>
        <source>Next person: tap the screen or press Enter to find your name.</source>
        <translation>Y person nesaf: cyffyrddwch â&apos;r sgrin neu pwyswch Enter i ddod o hyd i&apos;ch enw.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="542"/>
        <source>Voting has not opened yet</source>
        <translation>Dyw&apos;r bleidlais ddim wedi agor eto</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="544"/>
        <source>Voting has closed. Thank you!</source>
        <translation>Mae&apos;r bleidlais wedi cau. Diolch!</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="545"/>
        <source>The results will be shown here in a moment.</source>
        <translation>Bydd y canlyniadau&apos;n cael eu dangos yma cyn bo hir.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="547"/>
        <source>Everyone has voted. Thank you!</source>
        <translation>Mae pawb wedi pleidleisio. Diolch!</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="556"/>
        <source>Put your sticker dots on the ideas on the wall.</source>
        <translation>Rhowch eich dotiau sticer ar y syniadau ar y wal.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="558"/>
        <source>Put your sticker dots on the themes on the wall.</source>
        <translation>Rhowch eich dotiau sticer ar y themâu ar y wal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="568"/>
        <source>You have %n dots: at most {cap} on one item.</source>
        <translation>
            <numerusform>Mae gennych chi %n dot: {cap} ar y mwyaf ar un eitem.</numerusform>
            <numerusform>Mae gennych chi %n dot: {cap} ar y mwyaf ar un eitem.</numerusform>
            <numerusform>Mae gennych chi %n dot: {cap} ar y mwyaf ar un eitem.</numerusform>
            <numerusform>Mae gennych chi %n dot: {cap} ar y mwyaf ar un eitem.</numerusform>
            <numerusform>Mae gennych chi %n dot: {cap} ar y mwyaf ar un eitem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="576"/>
        <source>Your vote is secret.</source>
        <translation>Mae eich pleidlais yn gyfrinachol.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="578"/>
        <source>This vote is not secret: your name is kept with your dots.</source>
        <translation>Dyw&apos;r bleidlais hon ddim yn gyfrinachol: mae eich enw&apos;n cael ei gadw gyda&apos;ch dotiau.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="580"/>
        <source>Tap your name to vote.</source>
        <translation>Cyffyrddwch â&apos;ch enw i bleidleisio.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="589"/>
        <source>Names {page} of {pages}</source>
        <translation>Enwau {page} o {pages}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="604"/>
        <source>Page {page} of {pages}</source>
        <translation>Tudalen {page} o {pages}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="607"/>
        <source>Your dots are also on page {pages}</source>
        <translation>Mae eich dotiau hefyd ar dudalen {pages}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk_window.py" line="32"/>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk_window.py" line="33"/>
        <source>Ballot kiosk</source>
        <translation>Ciosg pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk_window.py" line="42"/>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk_window.py" line="82"/>
        <source>Facilitator: close the kiosk</source>
        <translation>Hwylusydd: cau&apos;r ciosg</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk_window.py" line="42"/>
        <source>Close the ballot kiosk</source>
        <translation>Cau&apos;r ciosg pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk_window.py" line="78"/>
        <source>Press again to close the kiosk</source>
        <translation>Pwyswch eto i gau&apos;r ciosg</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../coprod_desktop/ui/language_menu.py" line="23"/>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/language_menu.py" line="30"/>
        <source>&amp;System language ({language})</source>
        <translation>Iaith y &amp;system ({language})</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/language_menu.py" line="46"/>
        <source>English</source>
        <comment>the name of the language in English</comment>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/language_menu.py" line="47"/>
        <source>Cymraeg</source>
        <comment>the name of the language in Welsh</comment>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/language_menu.py" line="59"/>
        <source>The app will be in Welsh the next time you start it.</source>
        <translation>Bydd yr ap yn Gymraeg y tro nesaf y byddwch chi&apos;n ei agor.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/language_menu.py" line="62"/>
        <source>The app will be in English the next time you start it.</source>
        <translation>Bydd yr ap yn Saesneg y tro nesaf y byddwch chi&apos;n ei agor.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/language_menu.py" line="67"/>
        <source>Restart now</source>
        <translation>Ailddechrau nawr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/language_menu.py" line="68"/>
        <source>Later</source>
        <translation>Wedyn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/language_menu.py" line="70"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="38"/>
        <source>Workshop files (*.json);;All files (*)</source>
        <translation>Ffeiliau gweithdy (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="57"/>
        <source>Workshops</source>
        <translation>Gweithdai</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="63"/>
        <source>Library file</source>
        <translation>Ffeil y llyfrgell</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="65"/>
        <location filename="../../coprod_desktop/ui/library/page.py" line="66"/>
        <source>Filter workshops</source>
        <translation>Hidlo gweithdai</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="74"/>
        <source>Workshops in this library</source>
        <translation>Gweithdai yn y llyfrgell hon</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="90"/>
        <source>No workshops here yet. Create a new one, import a workshop file, or add the demo workshop to look around.</source>
        <translation>Does dim gweithdai yma eto. Crëwch un newydd, mewnforiwch ffeil gweithdy, neu ychwanegwch y gweithdy enghreifftiol i gael golwg o gwmpas.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="107"/>
        <source>&amp;New workshop…</source>
        <translation>Gweithdy &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="110"/>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="110"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="113"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;yblygu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="114"/>
        <source>A copy of the plan: details, people, agenda, themes and questions</source>
        <translation>Copi o&apos;r cynllun: manylion, pobl, agenda, themâu a chwestiynau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="117"/>
        <source>New &amp;follow-up…</source>
        <translation>Gweithdy d&amp;ilynol…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="118"/>
        <source>A new workshop with the same people and the open actions to review</source>
        <translation>Gweithdy newydd gyda&apos;r un bobl a&apos;r camau gweithredu agored i&apos;w hadolygu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="120"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="121"/>
        <source>&amp;Import…</source>
        <translation>&amp;Mewnforio…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="122"/>
        <source>E&amp;xport…</source>
        <translation>A&amp;llforio…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="123"/>
        <source>Add the demo workshop</source>
        <translation>Ychwanegu&apos;r gweithdy enghreifftiol</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="124"/>
        <source>Delete workshop…</source>
        <translation>Dileu gweithdy…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="178"/>
        <source>Library: {path}</source>
        <translation>Llyfrgell: {path}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="258"/>
        <source>Not possible</source>
        <translation>Ddim yn bosibl</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="304"/>
        <source>Made &quot;{title}&quot;.</source>
        <translation>Wedi creu &quot;{title}&quot;.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="319"/>
        <source>Delete &quot;{title}&quot; with all its ideas, votes, actions and notes? This cannot be undone. Export it to a workshop file first if you may need it.</source>
        <translation>Dileu &quot;{title}&quot; gyda&apos;i holl syniadau, pleidleisiau, camau gweithredu a nodiadau? Does dim modd dadwneud hyn. Allforiwch y gweithdy i ffeil yn gyntaf os bydd ei angen arnoch chi.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="322"/>
        <source>Delete workshop</source>
        <translation>Dileu gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="322"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="327"/>
        <source>Deleted &quot;{title}&quot;.</source>
        <translation>Wedi dileu &quot;{title}&quot;.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="332"/>
        <source>Import a workshop file</source>
        <translation>Mewnforio ffeil gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="344"/>
        <source>…and {n} more.</source>
        <translation>…a {n} arall.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="347"/>
        <location filename="../../coprod_desktop/ui/library/page.py" line="354"/>
        <source>Cannot import this file</source>
        <translation>Does dim modd mewnforio&apos;r ffeil hon</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="348"/>
        <source>{name} was not imported; nothing was changed.

{details}</source>
        <translation>Heb fewnforio {name}; does dim byd wedi newid.

{details}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="357"/>
        <source>Imported &quot;{title}&quot;.</source>
        <translation>Wedi mewnforio &quot;{title}&quot;.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="365"/>
        <source>workshop</source>
        <comment>a file name</comment>
        <translation>gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="367"/>
        <source>Export workshop file</source>
        <translation>Allforio ffeil gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="382"/>
        <source>Cannot export</source>
        <translation>Does dim modd allforio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="383"/>
        <source>The file could not be written: {why}</source>
        <translation>Doedd dim modd ysgrifennu&apos;r ffeil: {why}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="386"/>
        <source>Exported to {path}.</source>
        <translation>Wedi allforio i {path}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/page.py" line="395"/>
        <source>Added the demo workshop.</source>
        <translation>Wedi ychwanegu&apos;r gweithdy enghreifftiol.</translation>
    </message>
</context>
<context>
    <name>LinksDialog</name>
    <message>
        <location filename="../../coprod_desktop/ui/actions/links_dialog.py" line="34"/>
        <source>What this action answers</source>
        <translation>Beth mae&apos;r cam gweithredu hwn yn ymateb iddo</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/links_dialog.py" line="35"/>
        <source>Tick the themes and ideas this action responds to.</source>
        <translation>Ticiwch y themâu a&apos;r syniadau mae&apos;r cam gweithredu hwn yn ymateb iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/links_dialog.py" line="38"/>
        <location filename="../../coprod_desktop/ui/actions/links_dialog.py" line="39"/>
        <source>Search ideas and themes</source>
        <translation>Chwilio syniadau a themâu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/links_dialog.py" line="43"/>
        <source>Ideas and themes</source>
        <translation>Syniadau a themâu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/links_dialog.py" line="46"/>
        <source>Theme: {name}</source>
        <translation>Thema: {name}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/links_dialog.py" line="49"/>
        <source>Idea {n}: {text}</source>
        <translation>Syniad {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/links_dialog.py" line="54"/>
        <source>Save links</source>
        <translation>Cadw&apos;r cysylltiadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/actions/links_dialog.py" line="55"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>LongMessage</name>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/long_message.py" line="43"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="453"/>
        <source>Library: {name} (read-only)</source>
        <translation>Llyfrgell: {name} (darllen yn unig)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="48"/>
        <source>Workshop libraries (*.db *.coprod.db);;All files (*)</source>
        <translation>Llyfrgelloedd gweithdai (*.db *.coprod.db);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="154"/>
        <source>Library</source>
        <translation>Llyfrgell</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="155"/>
        <source>Set-up</source>
        <translation>Paratoi</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="156"/>
        <source>Board</source>
        <translation>Bwrdd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="157"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="158"/>
        <source>Voting</source>
        <translation>Pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="159"/>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="160"/>
        <source>All actions</source>
        <translation>Pob cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="163"/>
        <location filename="../../coprod_desktop/ui/main_window.py" line="728"/>
        <source>Opening the library…</source>
        <translation>Wrthi&apos;n agor y llyfrgell…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="166"/>
        <location filename="../../coprod_desktop/ui/main_window.py" line="730"/>
        <source>Opening the library</source>
        <translation>Wrthi&apos;n agor y llyfrgell</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="171"/>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="174"/>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="182"/>
        <source>Open workshop</source>
        <translation>Y gweithdy sydd ar agor</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="286"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="287"/>
        <source>&amp;New library…</source>
        <translation>&amp;Llyfrgell newydd…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="289"/>
        <source>&amp;Open library…</source>
        <translation>&amp;Agor llyfrgell…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="291"/>
        <source>Open the organisation&apos;s &amp;archive…</source>
        <translation>Agor a&amp;rchif y sefydliad…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="292"/>
        <source>&amp;Recent libraries</source>
        <translation>Llyfrgelloedd &amp;diweddar</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="296"/>
        <source>New &amp;workshop…</source>
        <translation>Gweithdy &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="299"/>
        <source>&amp;Import workshop file…</source>
        <translation>&amp;Mewnforio ffeil gweithdy…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="301"/>
        <source>&amp;Merge tables&apos; files…</source>
        <translation>Cyfuno ffeiliau&apos;r &amp;byrddau…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="303"/>
        <source>&amp;Export workshop file…</source>
        <translation>Allforio &amp;ffeil gweithdy…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="306"/>
        <source>P&amp;ublish to the organisation&apos;s archive…</source>
        <translation>C&amp;yhoeddi i archif y sefydliad…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="311"/>
        <source>Export minutes (PDF)…</source>
        <translation>Allforio cofnodion (PDF)…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="315"/>
        <source>Export CSV…</source>
        <translation>Allforio CSV…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="317"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="319"/>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="320"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="322"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="328"/>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="340"/>
        <source>{name} theme</source>
        <translation>Golwg: {name}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="349"/>
        <source>&amp;Larger text</source>
        <translation>Testun &amp;mwy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="350"/>
        <source>&amp;Smaller text</source>
        <translation>Testun &amp;llai</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="351"/>
        <source>&amp;Normal text size</source>
        <translation>Maint testun arf&amp;erol</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="355"/>
        <source>&amp;Full screen</source>
        <translation>Sgrin l&amp;awn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="363"/>
        <source>&amp;Board</source>
        <translation>&amp;Bwrdd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="364"/>
        <source>A&amp;genda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="365"/>
        <source>&amp;Shared screen</source>
        <translation>&amp;Sgrin a rennir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="367"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="368"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="369"/>
        <source>&amp;About</source>
        <translation>&amp;Ynghylch</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="375"/>
        <source>No recent libraries</source>
        <translation>Dim llyfrgelloedd diweddar</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="404"/>
        <source>Open a workshop from the library first.</source>
        <translation>Agorwch weithdy o&apos;r llyfrgell yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="441"/>
        <source>Library: {name}</source>
        <translation>Llyfrgell: {name}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="512"/>
        <location filename="../../coprod_desktop/ui/main_window.py" line="519"/>
        <source>New library</source>
        <translation>Llyfrgell newydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="521"/>
        <source>{name} already exists. Use Open library to open it, or choose a new name.</source>
        <translation>Mae {name} yn bod yn barod. Defnyddiwch Agor llyfrgell i&apos;w hagor, neu dewiswch enw newydd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="529"/>
        <location filename="../../coprod_desktop/ui/main_window.py" line="552"/>
        <location filename="../../coprod_desktop/ui/startup.py" line="159"/>
        <source>Open library</source>
        <translation>Agor llyfrgell</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="537"/>
        <source>Open the organisation&apos;s archive</source>
        <translation>Agor archif y sefydliad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="538"/>
        <source>The archive&apos;s address (postgresql://USER@HOST:PORT/DATABASE):</source>
        <translation>Cyfeiriad yr archif (postgresql://DEFNYDDIWR@GWESTEIWR:PORTH/CRONFADDATA):</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="553"/>
        <source>{name} is already open in this window.</source>
        <translation>Mae {name} ar agor yn y ffenestr hon yn barod.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="562"/>
        <location filename="../../coprod_desktop/ui/main_window.py" line="581"/>
        <source>Cannot open the library</source>
        <translation>Does dim modd agor y llyfrgell</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="570"/>
        <location filename="../../coprod_desktop/ui/main_window.py" line="585"/>
        <source>Opened {name}.</source>
        <translation>Wedi agor {name}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="620"/>
        <source>Merged the tables into &quot;{title}&quot;.</source>
        <translation>Cyfunwyd y byrddau yn &quot;{title}&quot;.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="652"/>
        <source>Text size {percent} %</source>
        <translation>Maint y testun {percent} %</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="680"/>
        <source>Added the action &quot;{title}&quot;. The Actions page (Ctrl+6) lists it.</source>
        <translation>Wedi ychwanegu&apos;r cam gweithredu &quot;{title}&quot;. Mae ar y dudalen Camau gweithredu (Ctrl+6).</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="693"/>
        <source>Capture line: Ctrl+Up / Ctrl+Down choose who is speaking</source>
        <translation>Llinell gofnodi: Ctrl+Up / Ctrl+Down i ddewis pwy sy&apos;n siarad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="694"/>
        <source>Capture line: #Theme at the start files the idea under that theme</source>
        <translation>Llinell gofnodi: mae #Thema ar y dechrau yn rhoi&apos;r syniad o dan y thema honno</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="695"/>
        <source>Board: arrow keys move between notes; Space + drag pans</source>
        <translation>Bwrdd: mae&apos;r bysellau saeth yn symud rhwng nodiadau; Bylchwr + llusgo i symud yr olygfa</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="697"/>
        <source>Board: Shift+arrow keys add notes to the selection, Ctrl+Space picks or drops one, Enter edits it, the Menu key (or Shift+F10) opens its menu</source>
        <translation>Bwrdd: mae Shift+bysellau saeth yn ychwanegu nodiadau at y dewis, mae Ctrl+Bylchwr yn dewis neu&apos;n gollwng un, mae Enter yn ei olygu, ac mae&apos;r fysell Dewislen (neu Shift+F10) yn agor ei ddewislen</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="700"/>
        <source>Outline: Alt+Up / Alt+Down move ideas to the previous or next theme</source>
        <translation>Amlinelliad: Alt+Up / Alt+Down i symud syniadau i&apos;r thema flaenorol neu nesaf</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="703"/>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="709"/>
        <source>About</source>
        <translation>Ynghylch</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="711"/>
        <source>{title} {version}

Run in-person co-production workshops offline: ideas, themes, fair dot-voting, actions and minutes.</source>
        <translation>{title} {version}

Cynnal gweithdai cydgynhyrchu wyneb yn wyneb, all-lein: syniadau, themâu, pleidleisio teg â dotiau, camau gweithredu a chofnodion.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="724"/>
        <source>The library, opening</source>
        <translation>Y llyfrgell, yn agor</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="725"/>
        <source>Workshops in {name}</source>
        <translation>Gweithdai yn {name}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="735"/>
        <source>Workshops</source>
        <translation>Gweithdai</translation>
    </message>
</context>
<context>
    <name>MergeTablesDialog</name>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="46"/>
        <source>Choose the tables&apos; workshop files</source>
        <translation>Dewiswch ffeiliau gweithdy&apos;r byrddau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="59"/>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="60"/>
        <source>Merge tables&apos; files</source>
        <translation>Cyfuno ffeiliau&apos;r byrddau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="63"/>
        <source>Make one plenary workshop from the workshop files of the breakout tables. Groups, people, themes and stages of the same name become one; every idea and vote keeps its table.</source>
        <translation>Gwneud un gweithdy llawn o ffeiliau gweithdy&apos;r byrddau trafod. Mae grwpiau, pobl, themâu a chamau o&apos;r un enw yn dod yn un; mae pob syniad a phleidlais yn cadw ei fwrdd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="70"/>
        <source>Plenary workshop title</source>
        <translation>Teitl y gweithdy llawn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="71"/>
        <source>For example: Day centre: plenary</source>
        <translation>Er enghraifft: Canolfan ddydd: sesiwn lawn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="73"/>
        <source>Files to merge</source>
        <translation>Ffeiliau i&apos;w cyfuno</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="76"/>
        <source>Table</source>
        <translation>Bwrdd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="77"/>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="78"/>
        <source>Ideas</source>
        <translation>Syniadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="79"/>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="80"/>
        <source>Votes</source>
        <translation>Pleidleisiau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="81"/>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="82"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="95"/>
        <source>Why the files cannot be merged</source>
        <translation>Pam na ellir cyfuno&apos;r ffeiliau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="98"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Ychwanegu ffeiliau…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="100"/>
        <source>&amp;Remove file</source>
        <translation>&amp;Tynnu ffeil</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="106"/>
        <source>&amp;Merge</source>
        <translation>&amp;Cyfuno</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="107"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="113"/>
        <source>Plenary &amp;title:</source>
        <translation>Te&amp;itl y gweithdy llawn:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="114"/>
        <source>&amp;Files:</source>
        <translation>&amp;Ffeiliau:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="174"/>
        <source>Plenary</source>
        <translation>Sesiwn lawn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="183"/>
        <source>The plenary</source>
        <translation>Y gweithdy llawn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="196"/>
        <source>Add the workshop files of two tables or more.</source>
        <translation>Ychwanegwch ffeiliau gweithdy dau fwrdd neu fwy.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="189"/>
        <source>…and {n} more.</source>
        <translation>…a {n} arall.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="177"/>
        <source>Cannot be merged</source>
        <translation>Ni ellir ei chyfuno</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="192"/>
        <source>These files cannot be merged; nothing will be changed.
{problems}</source>
        <translation>Ni ellir cyfuno&apos;r ffeiliau hyn; ni fydd dim yn newid.
{problems}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/merge_tables.py" line="243"/>
        <source>Cannot merge these files</source>
        <translation>Ni ellir cyfuno&apos;r ffeiliau hyn</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="80"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="82"/>
        <source>Dismiss</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="83"/>
        <source>Dismiss message</source>
        <translation>Cau&apos;r neges</translation>
    </message>
</context>
<context>
    <name>NameListDialog</name>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="38"/>
        <source>Add a list of names</source>
        <translation>Ychwanegu rhestr o enwau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="41"/>
        <source>Paste names, one per line. To give a group, put it after a tab or a semicolon (Aled Pritchard; Staff), or start with a heading row such as name,group. A comma alone never splits a name, so Jones, Mary stays one.</source>
        <translation>Gludwch enwau, un i bob llinell. I roi grŵp, rhowch ef ar ôl tab neu hanner colon (Aled Pritchard; Staff), neu dechreuwch gyda rhes pennawd fel name,group. Nid yw coma ar ei ben ei hun byth yn hollti enw, felly mae Jones, Mary yn aros yn un enw.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="48"/>
        <source>Names</source>
        <translation>Enwau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="51"/>
        <source>&amp;Load from file…</source>
        <translation>&amp;Llwytho o ffeil…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="52"/>
        <source>Load names from a file</source>
        <translation>Llwytho enwau o ffeil</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="56"/>
        <source>What will be added</source>
        <translation>Beth fydd yn cael ei ychwanegu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="60"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="83"/>
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>Ychwanegu neb</numerusform>
            <numerusform>Ychwanegu %n person</numerusform>
            <numerusform>Ychwanegu %n person</numerusform>
            <numerusform>Ychwanegu %n person</numerusform>
            <numerusform>Ychwanegu %n person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="88"/>
        <source>%n name(s) ready to add.</source>
        <translation>
            <numerusform>Dim enwau yn barod i&apos;w hychwanegu eto.</numerusform>
            <numerusform>%n enw yn barod i&apos;w ychwanegu.</numerusform>
            <numerusform>%n enw yn barod i&apos;w hychwanegu.</numerusform>
            <numerusform>%n enw yn barod i&apos;w hychwanegu.</numerusform>
            <numerusform>%n enw yn barod i&apos;w hychwanegu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="91"/>
        <source>New groups will be made: {groups}.</source>
        <translation>Caiff grwpiau newydd eu creu: {groups}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="96"/>
        <source>These lines could not be read and will be skipped:</source>
        <translation>Doedd dim modd darllen y llinellau hyn, a byddan nhw&apos;n cael eu hepgor:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="99"/>
        <source>…and {n} more.</source>
        <translation>…a {n} arall.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="104"/>
        <source>Load names</source>
        <translation>Llwytho enwau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="104"/>
        <source>Lists of names (*.csv *.txt);;All files (*)</source>
        <translation>Rhestrau o enwau (*.csv *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/name_list.py" line="116"/>
        <source>Could not read that file: {why}</source>
        <translation>Doedd dim modd darllen y ffeil honno: {why}</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="41"/>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="42"/>
        <source>New workshop</source>
        <translation>Gweithdy newydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="44"/>
        <source>Workshop title</source>
        <translation>Teitl y gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="45"/>
        <source>For example: Day centre: what next?</source>
        <translation>Er enghraifft: Canolfan ddydd: beth nesaf?</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="50"/>
        <source>Workshop date</source>
        <translation>Dyddiad y gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="51"/>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="52"/>
        <source>No date yet</source>
        <translation>Dim dyddiad eto</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="55"/>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="57"/>
        <source>Facilitator</source>
        <translation>Hwylusydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="63"/>
        <source>Agenda to start from</source>
        <translation>Agenda i ddechrau ohoni</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="64"/>
        <source>Blank agenda</source>
        <translation>Agenda wag</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="74"/>
        <source>Create</source>
        <translation>Creu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="75"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="80"/>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="85"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="88"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="89"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Hwylusydd:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="90"/>
        <source>&amp;Agenda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/new_workshop.py" line="107"/>
        <source>Start with an empty agenda and add stages in set-up.</source>
        <translation>Dechrau gydag agenda wag ac ychwanegu camau wrth baratoi.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../coprod_desktop/ui/board/editor.py" line="30"/>
        <source>Edit idea</source>
        <translation>Golygu syniad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/editor.py" line="31"/>
        <source>Enter keeps the change, Shift+Enter adds a line, Esc cancels</source>
        <translation>Mae Enter yn cadw&apos;r newid, Shift+Enter yn ychwanegu llinell, Esc yn canslo</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="49"/>
        <source>Notes for the minutes</source>
        <translation>Nodiadau ar gyfer y cofnodion</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="58"/>
        <source>Stage these notes belong to</source>
        <translation>Y cam mae&apos;r nodiadau hyn yn perthyn iddo</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="60"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Cam:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="65"/>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="65"/>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="321"/>
        <source>Decision: </source>
        <translation>Penderfyniad: </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="66"/>
        <source>Quote</source>
        <translation>Dyfyniad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="66"/>
        <source>Quote: “</source>
        <translation>Dyfyniad: “</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="67"/>
        <source>To follow up</source>
        <translation>I&apos;w ddilyn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="67"/>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="321"/>
        <source>To follow up: </source>
        <translation>I&apos;w ddilyn: </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="70"/>
        <source>Start the note with “{prefix}”</source>
        <translation>Dechrau&apos;r nodyn gyda “{prefix}”</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="75"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="77"/>
        <source>Type what was decided, said or needs following up. Ctrl+Enter adds it.</source>
        <translation>Teipiwch beth gafodd ei benderfynu neu ei ddweud, neu beth sydd angen ei ddilyn. Mae Ctrl+Enter yn ei ychwanegu.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="81"/>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="306"/>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="307"/>
        <source>Add note</source>
        <translation>Ychwanegu nodyn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="83"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="85"/>
        <source>Cancel edit</source>
        <translation>Canslo&apos;r golygu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="90"/>
        <source>Notes of this stage</source>
        <translation>Nodiadau&apos;r cam hwn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="99"/>
        <source>No notes for this stage yet.</source>
        <translation>Dim nodiadau ar gyfer y cam hwn eto.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="102"/>
        <source>Edit</source>
        <translation>Golygu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="104"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="106"/>
        <source>Make an action</source>
        <translation>Creu cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="107"/>
        <source>Add this note to the agreed actions</source>
        <translation>Ychwanegu&apos;r nodyn hwn at y camau gweithredu y cytunwyd arnyn nhw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="182"/>
        <source>General (no particular stage)</source>
        <translation>Cyffredinol (dim cam penodol)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="297"/>
        <location filename="../../coprod_desktop/ui/notes/panel.py" line="298"/>
        <source>Save note</source>
        <translation>Cadw&apos;r nodyn</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../coprod_desktop/ui/board/outline_model.py" line="132"/>
        <source>Theme / idea</source>
        <translation>Thema / syniad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/outline_model.py" line="132"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/outline_model.py" line="132"/>
        <source>Dots</source>
        <translation>Dotiau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/outline_model.py" line="170"/>
        <source>No theme</source>
        <translation>Dim thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/outline_model.py" line="174"/>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/outline_model.py" line="186"/>
        <source>, colour {c}</source>
        <translation>, lliw {c}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/board/outline_model.py" line="187"/>
        <source>Theme {name}{colour}, %n idea(s)</source>
        <translation>
            <numerusform>Thema {name}{colour}, dim syniadau</numerusform>
            <numerusform>Thema {name}{colour}, %n syniad</numerusform>
            <numerusform>Thema {name}{colour}, %n syniad</numerusform>
            <numerusform>Thema {name}{colour}, %n syniad</numerusform>
            <numerusform>Thema {name}{colour}, %n syniad</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/outline_model.py" line="225"/>
        <source>from {who}</source>
        <translation>gan {who}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/outline_model.py" line="227"/>
        <source>table: {table}</source>
        <translation>bwrdd: {table}</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../coprod_desktop/ui/board/outline_view.py" line="20"/>
        <source>Ideas by theme</source>
        <translation>Syniadau fesul thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/outline_view.py" line="23"/>
        <source>Themes with their ideas. F2 edits, Delete deletes, Alt+Up and Alt+Down move ideas to the previous or next theme, Ctrl+M merges the selected ideas.</source>
        <translation>Themâu a&apos;u syniadau. Mae F2 yn golygu, Delete yn dileu, Alt+Up ac Alt+Down yn symud syniadau i&apos;r thema flaenorol neu nesaf, Ctrl+M yn cyfuno&apos;r syniadau a ddewiswyd.</translation>
    </message>
</context>
<context>
    <name>PagedRows</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/base.py" line="66"/>
        <source>Showing {first} to {last} of {total} · page {page} of {pages}</source>
        <translation>Yn dangos {first} i {last} o {total} · tudalen {page} o {pages}</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="115"/>
        <source>Edit participant</source>
        <translation>Golygu cyfranogwr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="115"/>
        <source>New participant</source>
        <translation>Cyfranogwr newydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="117"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="118"/>
        <source>The name people know them by</source>
        <translation>Yr enw mae pobl yn ei ddefnyddio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="120"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="121"/>
        <source>No group</source>
        <translation>Dim grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="126"/>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="127"/>
        <source>Agrees to be named in the minutes</source>
        <translation>Yn fodlon i&apos;r enw ymddangos yn y cofnodion</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="129"/>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="130"/>
        <source>Attended</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="132"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="132"/>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="135"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/people.py" line="136"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grŵp:</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="139"/>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="144"/>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="146"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="146"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="146"/>
        <source>Named in minutes</source>
        <translation>Enw yn y cofnodion</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="146"/>
        <source>Attended</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="156"/>
        <source>Add &amp;participant…</source>
        <translation>Ychwanegu &amp;cyfranogwr…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="157"/>
        <source>Paste or import a &amp;list…</source>
        <translation>Gludo neu fewnforio &amp;rhestr…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="158"/>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="159"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="191"/>
        <source>No group</source>
        <translation>Dim grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="197"/>
        <source>named in minutes</source>
        <translation>enw yn y cofnodion</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="198"/>
        <source>attended</source>
        <translation>yn bresennol</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="200"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="200"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/setup/people.py" line="217"/>
        <source>%n person(s), {a} attended</source>
        <translation>
            <numerusform>%n person, {a} yn bresennol</numerusform>
            <numerusform>%n person, {a} yn bresennol</numerusform>
            <numerusform>%n person, {a} yn bresennol</numerusform>
            <numerusform>%n person, {a} yn bresennol</numerusform>
            <numerusform>%n person, {a} yn bresennol</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/setup/people.py" line="276"/>
        <source>Added %n person(s).</source>
        <translation>
            <numerusform>Wedi ychwanegu %n person.</numerusform>
            <numerusform>Wedi ychwanegu %n person.</numerusform>
            <numerusform>Wedi ychwanegu %n person.</numerusform>
            <numerusform>Wedi ychwanegu %n person.</numerusform>
            <numerusform>Wedi ychwanegu %n person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/setup/people.py" line="278"/>
        <source>%n line(s) were skipped.</source>
        <translation>
            <numerusform>Cafodd %n llinell eu hepgor.</numerusform>
            <numerusform>Cafodd %n llinell ei hepgor.</numerusform>
            <numerusform>Cafodd %n llinell eu hepgor.</numerusform>
            <numerusform>Cafodd %n llinell eu hepgor.</numerusform>
            <numerusform>Cafodd %n llinell eu hepgor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/people.py" line="268"/>
        <source>Deleted {name}. Ctrl+Z undoes.</source>
        <translation>Wedi dileu {name}. Mae Ctrl+Z yn dadwneud.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="125"/>
        <source>Publish to the organisation&apos;s archive</source>
        <translation>Cyhoeddi i archif y sefydliad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="130"/>
        <source>Copy “{title}” into the organisation&apos;s archive, where more people can read it. Publishing it again later updates the archive&apos;s copy.</source>
        <translation>Copïo “{title}” i archif y sefydliad, lle gall mwy o bobl ei ddarllen. Mae ei gyhoeddi eto yn nes ymlaen yn diweddaru copi&apos;r archif.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="137"/>
        <source>Archive</source>
        <translation>Archif</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="139"/>
        <source>A library file, or postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>Ffeil llyfrgell, neu postgresql://DEFNYDDIWR@GWESTEIWR:PORTH/CRONFA</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="141"/>
        <source>&amp;Archive:</source>
        <translation>&amp;Archif:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="143"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="154"/>
        <source>Before you publish</source>
        <translation>Cyn i chi gyhoeddi</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="159"/>
        <source>Publishing</source>
        <translation>Yn cyhoeddi</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="165"/>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="172"/>
        <source>&amp;Publish</source>
        <translation>&amp;Cyhoeddi</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="175"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="197"/>
        <source>Every round is closed and everyone has agreed to be named: the workshop is published as it is here.</source>
        <translation>Mae pob rownd wedi cau ac mae pawb wedi cytuno i gael eu henwi: caiff y gweithdy ei gyhoeddi fel y mae yma.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="200"/>
        <source>Before you publish:</source>
        <translation>Cyn i chi gyhoeddi:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="210"/>
        <source>Choose the archive</source>
        <translation>Dewis yr archif</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="237"/>
        <source>“{title}” is published: the archive&apos;s copy (workshop {id}) was updated.</source>
        <translation>Mae “{title}” wedi&apos;i gyhoeddi: cafodd copi&apos;r archif (gweithdy {id}) ei ddiweddaru.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="239"/>
        <source>“{title}” is published: it is workshop {id} in the archive.</source>
        <translation>Mae “{title}” wedi&apos;i gyhoeddi: gweithdy {id} yw e yn yr archif.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="242"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="243"/>
        <source>&amp;Publish again</source>
        <translation>Cyhoeddi &amp;eto</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/publish.py" line="251"/>
        <source>Not published: {why} Nothing was changed in the archive.</source>
        <translation>Heb ei gyhoeddi: {why} Ni newidiwyd dim yn yr archif.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/qr.py" line="28"/>
        <source>QR code of the ballot&apos;s address</source>
        <translation>Cod QR cyfeiriad y bleidlais</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="104"/>
        <location filename="../../coprod_desktop/ui/main_window.py" line="105"/>
        <location filename="../../coprod_desktop/ui/main_window.py" line="107"/>
        <source>Read-only library</source>
        <translation>Llyfrgell darllen yn unig</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="111"/>
        <source>Open another library…</source>
        <translation>Agor llyfrgell arall…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="112"/>
        <source>Open another library</source>
        <translation>Agor llyfrgell arall</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/main_window.py" line="126"/>
        <source>{name} is read-only: you can look and export, but not change anything. To work in it, copy it to a folder you can write to, then open the copy (File → Open library…).</source>
        <translation>Dim ond darllen {name} y gellir ei wneud: gallwch edrych ac allforio, ond nid newid dim. I weithio ynddi, copïwch hi i ffolder y gallwch ysgrifennu iddo, yna agorwch y copi (Ffeil → Agor llyfrgell…).</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../coprod_desktop/ui/register/model.py" line="80"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/model.py" line="81"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/model.py" line="82"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/model.py" line="83"/>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/model.py" line="84"/>
        <source>Workshop</source>
        <translation>Gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/model.py" line="85"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/model.py" line="86"/>
        <source>Answers</source>
        <translation>Yn ymateb i</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/model.py" line="114"/>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/model.py" line="116"/>
        <source>Overdue: {date}</source>
        <translation>Yn hwyr: {date}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/model.py" line="122"/>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/model.py" line="157"/>
        <source>{title}, overdue</source>
        <translation>{title}, yn hwyr</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="59"/>
        <source>Workshop libraries (*.db *.coprod.db);;All files (*)</source>
        <translation>Llyfrgelloedd gweithdai (*.db *.coprod.db);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="62"/>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="86"/>
        <location filename="../../coprod_desktop/ui/register/page.py" line="165"/>
        <source>Actions across workshops</source>
        <translation>Camau gweithredu ar draws gweithdai</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="91"/>
        <source>Every action of every workshop, overdue first: who does what by when, and what each one answers. Press Enter or double-click to open its workshop.</source>
        <translation>Pob cam gweithredu o bob gweithdy, y rhai hwyr yn gyntaf: pwy sy&apos;n gwneud beth erbyn pryd, a&apos;r hyn y mae pob un yn ymateb iddo. Pwyswch Enter neu cliciwch ddwywaith i agor ei weithdy.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="105"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="109"/>
        <source>&amp;Read from another library…</source>
        <translation>&amp;Darllen o lyfrgell arall…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="112"/>
        <source>or an archive&apos;s address: postgresql://…</source>
        <translation>neu gyfeiriad archif: postgresql://…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="113"/>
        <source>Archive address</source>
        <translation>Cyfeiriad yr archif</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="132"/>
        <source>Show actions with status</source>
        <translation>Dangos camau gweithredu â&apos;r statws</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="133"/>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="134"/>
        <source>Still to do</source>
        <translation>I&apos;w gwneud o hyd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="143"/>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="146"/>
        <source>Anyone: type or choose</source>
        <translation>Unrhyw un: teipiwch neu dewiswch</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="150"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="154"/>
        <source>Overdue only</source>
        <translation>Yn hwyr yn unig</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="157"/>
        <source>Actions shown</source>
        <translation>Camau gweithredu a ddangosir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="191"/>
        <source>The chosen action</source>
        <translation>Y cam gweithredu a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="195"/>
        <location filename="../../coprod_desktop/ui/register/page.py" line="504"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="199"/>
        <source>The actions shown, with their workshop and what they answer</source>
        <translation>Y camau gweithredu a ddangosir, gyda&apos;u gweithdy a&apos;r hyn y maen nhw&apos;n ymateb iddo</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="118"/>
        <source>Read the ar&amp;chive</source>
        <translation>Darllen yr a&amp;rchif</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="121"/>
        <source>Bac&amp;k to the open library</source>
        <translation>&amp;Yn ôl i&apos;r llyfrgell agored</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="126"/>
        <source>Read aga&amp;in</source>
        <translation>Darllen &amp;eto</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="128"/>
        <source>Read the actions again, with what others have changed meanwhile</source>
        <translation>Darllen y camau gweithredu eto, gyda&apos;r hyn y mae eraill wedi&apos;i newid yn y cyfamser</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="153"/>
        <source>Overdue onl&amp;y</source>
        <translation>Yn &amp;hwyr yn unig</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="194"/>
        <source>Open its &amp;workshop</source>
        <translation>Ag&amp;or ei weithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="198"/>
        <source>E&amp;xport CSV…</source>
        <translation>Allfor&amp;io CSV…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="213"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatws</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="214"/>
        <source>&amp;Owner</source>
        <translation>&amp;Perchennog</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="276"/>
        <source>Read actions from a library</source>
        <translation>Darllen camau gweithredu o lyfrgell</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="284"/>
        <source>Type the archive&apos;s address first (postgresql://…).</source>
        <translation>Teipiwch gyfeiriad yr archif yn gyntaf (postgresql://…).</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="311"/>
        <source>That library could not be read: {why}</source>
        <translation>Doedd dim modd darllen y llyfrgell honno: {why}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="333"/>
        <source>Reading {name}, not the open library: look and export only.</source>
        <translation>Yn darllen {name}, nid y llyfrgell agored: edrych ac allforio yn unig.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="339"/>
        <source>Reading the open library, {name}.</source>
        <translation>Yn darllen y llyfrgell agored, {name}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="344"/>
        <source>No library is open.</source>
        <translation>Does dim llyfrgell ar agor.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="152"/>
        <location filename="../../coprod_desktop/ui/register/page.py" line="402"/>
        <source>Any organisation</source>
        <translation>Unrhyw sefydliad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="442"/>
        <source>No actions in this library yet. They are agreed on each workshop&apos;s Actions page.</source>
        <translation>Does dim camau gweithredu yn y llyfrgell hon eto. Cânt eu cytuno ar dudalen Camau gweithredu pob gweithdy.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="446"/>
        <source>No actions match these filters.</source>
        <translation>Does dim camau gweithredu yn cyfateb i&apos;r hidlwyr hyn.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="450"/>
        <source>Showing {shown} of {total}; overdue: {overdue}</source>
        <translation>Yn dangos {shown} o {total}; yn hwyr: {overdue}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="564"/>
        <source>Saved {name}: the actions shown, with their workshops.</source>
        <translation>Wedi cadw {name}: y camau gweithredu a ddangosir, gyda&apos;u gweithdai.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="484"/>
        <source>Workshop: {workshop}</source>
        <translation>Gweithdy: {workshop}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="215"/>
        <source>Orga&amp;nisation</source>
        <translation>Sefyd&amp;liad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="289"/>
        <source>That is not an archive&apos;s address: it starts with postgresql://. For a library file, use Read from another library.</source>
        <translation>Nid yw hwnna&apos;n gyfeiriad archif: mae&apos;n dechrau gyda postgresql://. Ar gyfer ffeil llyfrgell, defnyddiwch Darllen o lyfrgell arall.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="487"/>
        <source>Ideas it answers:</source>
        <translation>Syniadau y mae&apos;n ymateb iddyn nhw:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="491"/>
        <source>Themes it answers: {themes}</source>
        <translation>Themâu y mae&apos;n ymateb iddyn nhw: {themes}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="494"/>
        <source>It is not linked to any idea or theme.</source>
        <translation>Nid yw wedi&apos;i gysylltu ag unrhyw syniad na thema.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="496"/>
        <source>Notes: {notes}</source>
        <translation>Nodiadau: {notes}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="506"/>
        <source>Only a workshop of the open library can be opened here.</source>
        <translation>Dim ond gweithdy o&apos;r llyfrgell agored y gellir ei agor yma.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="522"/>
        <source>“{workshop}” is in {name}, not the open library: open that library (File → Open library…) to work on it.</source>
        <translation>Mae “{workshop}” yn {name}, nid yn y llyfrgell agored: agorwch y llyfrgell honno (Ffeil → Agor llyfrgell…) i weithio arno.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="544"/>
        <source>actions across workshops.csv</source>
        <translation>camau gweithredu ar draws gweithdai.csv</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="546"/>
        <source>Save the actions as CSV</source>
        <translation>Cadw&apos;r camau gweithredu fel CSV</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="559"/>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/register/page.py" line="560"/>
        <source>{name} could not be saved: {why}</source>
        <translation>Doedd dim modd cadw {name}: {why}</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="102"/>
        <source>Summary of the results</source>
        <translation>Crynodeb o&apos;r canlyniadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="112"/>
        <source>Ranked results</source>
        <translation>Canlyniadau yn eu trefn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="118"/>
        <source>Make an action from this result</source>
        <translation>Creu cam gweithredu o&apos;r canlyniad hwn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="125"/>
        <source>How the groups compared</source>
        <translation>Sut roedd y grwpiau&apos;n cymharu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="131"/>
        <source>Why some groups are counted together</source>
        <translation>Pam mae rhai grwpiau&apos;n cael eu cyfrif gyda&apos;i gilydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="135"/>
        <source>Turnout by group</source>
        <translation>Nifer a bleidleisiodd fesul grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="136"/>
        <source>&amp;Reveal results on the shared screen</source>
        <translation>Datgelu&apos;r canlyniadau ar y sgrin a &amp;rennir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="138"/>
        <source>Reveal results on the shared screen</source>
        <translation>Datgelu&apos;r canlyniadau ar y sgrin a rennir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="140"/>
        <source>◀ Screen &amp;page</source>
        <translation>◀ &amp;Tudalen y sgrin</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="142"/>
        <source>Previous page of results on the shared screen</source>
        <translation>Tudalen flaenorol y canlyniadau ar y sgrin a rennir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="145"/>
        <source>Screen pa&amp;ge ▶</source>
        <translation>Tudalen y s&amp;grin ▶</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="146"/>
        <source>Next page of results on the shared screen</source>
        <translation>Tudalen nesaf y canlyniadau ar y sgrin a rennir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="148"/>
        <source>Run-&amp;off on the tied items</source>
        <translation>&amp;Ail bleidlais ar yr eitemau cyfartal</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="149"/>
        <source>Set up a run-off round on the tied items</source>
        <translation>Trefnu rownd ail bleidlais ar yr eitemau cyfartal</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="153"/>
        <source>&amp;New round like this one</source>
        <translation>Rownd newydd &amp;debyg i hon</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="155"/>
        <source>Set up a new round like this one (a closed round cannot reopen)</source>
        <translation>Trefnu rownd newydd debyg i hon (does dim modd ailagor rownd sydd wedi cau)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="161"/>
        <source>Make an &amp;action</source>
        <translation>Creu cam gweithred&amp;u</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="162"/>
        <source>Make an action from the chosen result</source>
        <translation>Creu cam gweithredu o&apos;r canlyniad a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="164"/>
        <source>Add the chosen row to the agreed actions, linked to what it answers</source>
        <translation>Ychwanegu&apos;r rhes a ddewiswyd at y camau gweithredu y cytunwyd arnyn nhw, wedi&apos;i chysylltu â&apos;r hyn mae&apos;n ymateb iddo</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="189"/>
        <source>Smaller groups combined</source>
        <translation>Grwpiau llai wedi&apos;u cyfuno</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="190"/>
        <source>Rank</source>
        <translation>Safle</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="190"/>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="190"/>
        <source>Dots</source>
        <translation>Dotiau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="192"/>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="194"/>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="231"/>
        <source>No group</source>
        <translation>Dim grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="197"/>
        <source>tie</source>
        <translation>cyfartal</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="210"/>
        <source>{ballots} of {electors} people voted ({percent}%), {dots} in all.</source>
        <translation>Pleidleisiodd {ballots} o {electors} o bobl ({percent}%), {dots} i gyd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="221"/>
        <source>Groups with fewer than 3 voters are counted together, so nobody&apos;s vote can be picked out.</source>
        <translation>Mae grwpiau â llai na 3 pleidleisiwr yn cael eu cyfrif gyda&apos;i gilydd, fel na all neb weld pleidlais unigolyn.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="240"/>
        <source>Counted from sticker dots: {dots} in all.</source>
        <translation>Wedi&apos;u cyfrif o ddotiau sticer: {dots} i gyd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="252"/>
        <source>= Tie for first place: {n} items have {dots} each.</source>
        <translation>= Cyfartal ar y brig: {n} eitem â {dots} yr un.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="312"/>
        <source>The room&apos;s vote “{question}”: ranked {rank} with {dots}.</source>
        <translation>Pleidlais yr ystafell “{question}”: safle {rank} gyda {dots}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="228"/>
        <source>Turnout by group: </source>
        <translation>Nifer a bleidleisiodd fesul grŵp: </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="230"/>
        <source>{group} {voted} of {electors}</source>
        <translation>{group} {voted} o {electors}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="245"/>
        <source>Sticker dots carry no names or groups, so there is no breakdown by group.</source>
        <translation>Does dim enwau na grwpiau ar ddotiau sticer, felly does dim dadansoddiad fesul grŵp.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="257"/>
        <source>A run-off round has been set up.</source>
        <translation>Mae rownd ail bleidlais wedi&apos;i threfnu.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/results_panel.py" line="259"/>
        <source>A run-off round on just these items can settle it.</source>
        <translation>Gall rownd ail bleidlais ar yr eitemau hyn yn unig ddod i benderfyniad.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="441"/>
        <source>Ranked results</source>
        <translation>Canlyniadau yn eu trefn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="493"/>
        <source>Results will appear here when voting has closed</source>
        <translation>Bydd y canlyniadau&apos;n ymddangos yma pan fydd y bleidlais wedi cau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="605"/>
        <source> or </source>
        <translation> neu </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="606"/>
        <source>Put first: {items}</source>
        <translation>Yn gyntaf: {items}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="608"/>
        <source>Placed no dots</source>
        <translation>Heb osod dotiau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="610"/>
        <source>Did not vote</source>
        <translation>Heb bleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="586"/>
        <source>Smaller groups combined</source>
        <translation>Grwpiau llai wedi&apos;u cyfuno</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="617"/>
        <source>{turnout} ({groups})</source>
        <translation>{turnout} ({groups})</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="587"/>
        <source>No group</source>
        <translation>Dim grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="435"/>
        <source>What the vote chose</source>
        <translation>Beth ddewisodd y bleidlais</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="438"/>
        <source>The groups&apos; colours and turnout</source>
        <translation>Lliwiau&apos;r grwpiau a faint bleidleisiodd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="611"/>
        <source>{voted} of {electors} voted</source>
        <translation>{voted} o {electors} wedi pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="624"/>
        <source>Counted from sticker dots · {dots} · no breakdown by group</source>
        <translation>Wedi&apos;u cyfrif o ddotiau sticer · {dots} · dim dadansoddiad fesul grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="628"/>
        <source>{ballots} of {electors} people voted ({percent}%) · {dots}</source>
        <translation>Pleidleisiodd {ballots} o {electors} o bobl ({percent}%) · {dots}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/results_view.py" line="635"/>
        <source>Run-off between the {n} items tied at the top · {rest}</source>
        <translation>Ail bleidlais rhwng y {n} eitem gyfartal ar y brig · {rest}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/review_view.py" line="205"/>
        <location filename="../../coprod_desktop/ui/shared_screen/review_view.py" line="247"/>
        <location filename="../../coprod_desktop/ui/shared_screen/review_view.py" line="266"/>
        <source>You said, we did</source>
        <translation>Dywedoch chi, gwnaethom ni</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/review_view.py" line="249"/>
        <source>No workshop is open</source>
        <translation>Does dim gweithdy ar agor</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/review_view.py" line="276"/>
        <source>This workshop does not follow up an earlier one. A follow-up (Library → New follow-up) shows here what each earlier action answered and where it stands.</source>
        <translation>Nid yw&apos;r gweithdy hwn yn dilyn un cynharach. Mae gweithdy dilynol (Llyfrgell → Gweithdy dilynol) yn dangos yma beth roedd pob cam gweithredu cynharach yn ei ateb a ble mae arni.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/review_view.py" line="287"/>
        <source>Since “{title}” on {date}</source>
        <translation>Ers “{title}” ar {date}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/review_view.py" line="289"/>
        <source>Since “{title}”</source>
        <translation>Ers “{title}”</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/review_view.py" line="292"/>
        <source>The earlier workshop agreed no actions.</source>
        <translation>Ni chytunodd y gweithdy cynharach ar unrhyw gamau gweithredu.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/review_view.py" line="295"/>
        <source>You said</source>
        <translation>Dywedoch chi</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/review_view.py" line="295"/>
        <source>We did</source>
        <translation>Gwnaethom ni</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/review_view.py" line="295"/>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/review_view.py" line="321"/>
        <source>(not linked to an idea)</source>
        <translation>(heb ei gysylltu â syniad)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/review_view.py" line="340"/>
        <source>the theme “{name}”</source>
        <translation>y thema “{name}”</translation>
    </message>
</context>
<context>
    <name>RoundSetupForm</name>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="77"/>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="78"/>
        <source>What should the room vote on?</source>
        <translation>Ar beth ddylai&apos;r ystafell bleidleisio?</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="81"/>
        <source>&amp;Ideas</source>
        <translation>&amp;Syniadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="82"/>
        <source>&amp;Themes</source>
        <translation>&amp;Themâu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="92"/>
        <source>Which items</source>
        <translation>Pa eitemau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="95"/>
        <source>Themes to include</source>
        <translation>Themâu i&apos;w cynnwys</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="99"/>
        <source>Agenda stage</source>
        <translation>Cam yr agenda</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="103"/>
        <source>How many items the round asks about</source>
        <translation>Sawl eitem mae&apos;r rownd yn holi amdanyn nhw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="106"/>
        <source>&amp;Ballot on the shared screen</source>
        <translation>P&amp;leidlais ar y sgrin a rennir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="109"/>
        <source>T&amp;ally of sticker dots (you type in the counts)</source>
        <translation>&amp;Cyfrif dotiau sticer (rydych chi&apos;n teipio&apos;r niferoedd)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="117"/>
        <source>Dots per voter</source>
        <translation>Dotiau i bob pleidleisiwr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="121"/>
        <source>Most dots on one item</source>
        <translation>Uchafswm dotiau ar un eitem</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="126"/>
        <source>&amp;Secret: nobody, you included, can see who put dots where</source>
        <translation>Cyfr&amp;inachol: does neb, gan gynnwys chi, yn gallu gweld pwy roddodd ddotiau ble</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="127"/>
        <source>Secret ballot</source>
        <translation>Pleidlais gudd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="134"/>
        <source>Only the people ticked below</source>
        <translation>Dim ond y bobl sydd wedi&apos;u ticio isod</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="140"/>
        <source>Who may vote</source>
        <translation>Pwy sy&apos;n cael pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="143"/>
        <source>&amp;Open voting</source>
        <translation>&amp;Agor y bleidlais</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="145"/>
        <source>Open voting</source>
        <translation>Agor y bleidlais</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="146"/>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="363"/>
        <source>Open and show on the &amp;shared screen</source>
        <translation>Agor a dangos ar y sgrin a &amp;rennir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="147"/>
        <source>Open voting and show the ballot</source>
        <translation>Agor y bleidlais a dangos y papur pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="153"/>
        <source>&amp;Question:</source>
        <translation>C&amp;westiwn:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="158"/>
        <source>Vote on:</source>
        <translation>Pleidleisio ar:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="159"/>
        <source>W&amp;hich:</source>
        <translation>&amp;Pa rai:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="166"/>
        <source>How:</source>
        <translation>Sut:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="169"/>
        <source>dots each, at most</source>
        <translation>dot yr un, uchafswm o</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="171"/>
        <source>on one item</source>
        <translation>ar un eitem</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="172"/>
        <source>Dots:</source>
        <translation>Dotiau:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="182"/>
        <source>Who may vote:</source>
        <translation>Pwy sy&apos;n cael pleidleisio:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="252"/>
        <source>{name} (%n idea(s))</source>
        <translation>
            <numerusform>{name} (dim syniadau)</numerusform>
            <numerusform>{name} (%n syniad)</numerusform>
            <numerusform>{name} (%n syniad)</numerusform>
            <numerusform>{name} (%n syniad)</numerusform>
            <numerusform>{name} (%n syniad)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="269"/>
        <source>{title} (%n idea(s))</source>
        <translation>
            <numerusform>{title} (dim syniadau)</numerusform>
            <numerusform>{title} (%n syniad)</numerusform>
            <numerusform>{title} (%n syniad)</numerusform>
            <numerusform>{title} (%n syniad)</numerusform>
            <numerusform>{title} (%n syniad)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="301"/>
        <source>The %n idea(s) chosen for this round</source>
        <translation>
            <numerusform>Dim syniadau wedi&apos;u dewis ar gyfer y rownd hon</numerusform>
            <numerusform>Y syniad a ddewiswyd ar gyfer y rownd hon</numerusform>
            <numerusform>Y %n syniad a ddewiswyd ar gyfer y rownd hon</numerusform>
            <numerusform>Y %n syniad a ddewiswyd ar gyfer y rownd hon</numerusform>
            <numerusform>Y %n syniad a ddewiswyd ar gyfer y rownd hon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="303"/>
        <source>The %n theme(s) chosen for this round</source>
        <translation>
            <numerusform>Dim themâu wedi&apos;u dewis ar gyfer y rownd hon</numerusform>
            <numerusform>Y thema a ddewiswyd ar gyfer y rownd hon</numerusform>
            <numerusform>Y %n thema a ddewiswyd ar gyfer y rownd hon</numerusform>
            <numerusform>Y %n thema a ddewiswyd ar gyfer y rownd hon</numerusform>
            <numerusform>Y %n thema a ddewiswyd ar gyfer y rownd hon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="330"/>
        <source>Everyone marked as attended (%n person(s))</source>
        <translation>
            <numerusform>Pawb sydd wedi&apos;u nodi&apos;n bresennol (neb eto)</numerusform>
            <numerusform>Pawb sydd wedi&apos;u nodi&apos;n bresennol (%n person)</numerusform>
            <numerusform>Pawb sydd wedi&apos;u nodi&apos;n bresennol (%n person)</numerusform>
            <numerusform>Pawb sydd wedi&apos;u nodi&apos;n bresennol (%n person)</numerusform>
            <numerusform>Pawb sydd wedi&apos;u nodi&apos;n bresennol (%n person)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="378"/>
        <source>%n theme(s) will be on the ballot.</source>
        <translation>
            <numerusform>Bydd %n thema ar y papur pleidleisio.</numerusform>
            <numerusform>Bydd %n thema ar y papur pleidleisio.</numerusform>
            <numerusform>Bydd %n thema ar y papur pleidleisio.</numerusform>
            <numerusform>Bydd %n thema ar y papur pleidleisio.</numerusform>
            <numerusform>Bydd %n thema ar y papur pleidleisio.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="282"/>
        <source>Every idea on the board ({n})</source>
        <translation>Pob syniad ar y bwrdd ({n})</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="284"/>
        <source>The ideas in the themes ticked below</source>
        <translation>Y syniadau yn y themâu sydd wedi&apos;u ticio isod</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="286"/>
        <source>The ideas captured in one agenda stage</source>
        <translation>Y syniadau a gofnodwyd yn un o gamau&apos;r agenda</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="289"/>
        <source>Every theme ({n})</source>
        <translation>Pob thema ({n})</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="291"/>
        <source>The themes ticked below</source>
        <translation>Y themâu sydd wedi&apos;u ticio isod</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="342"/>
        <source>{name} (not here)</source>
        <translation>{name} (ddim yma)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="365"/>
        <source>Open and show the question on the &amp;shared screen</source>
        <translation>Agor a dangos y cwestiwn ar y sgrin a &amp;rennir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="372"/>
        <source>%n idea(s) will be on the ballot.</source>
        <translation>
            <numerusform>Bydd %n syniad ar y papur pleidleisio.</numerusform>
            <numerusform>Bydd %n syniad ar y papur pleidleisio.</numerusform>
            <numerusform>Bydd %n syniad ar y papur pleidleisio.</numerusform>
            <numerusform>Bydd %n syniad ar y papur pleidleisio.</numerusform>
            <numerusform>Bydd %n syniad ar y papur pleidleisio.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="374"/>
        <source>Nothing to vote on yet: add some ideas first.</source>
        <translation>Does dim byd i bleidleisio arno eto: ychwanegwch syniadau yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="380"/>
        <source>Nothing to vote on yet: add some themes first.</source>
        <translation>Does dim byd i bleidleisio arno eto: ychwanegwch themâu yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/setup_form.py" line="469"/>
        <source>Tick at least one person who may vote.</source>
        <translation>Ticiwch o leiaf un person sy&apos;n cael pleidleisio.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../coprod_desktop/ui/setup/page.py" line="42"/>
        <source>Set-up sections</source>
        <translation>Adrannau paratoi</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/page.py" line="43"/>
        <source>&amp;Details</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/page.py" line="44"/>
        <source>&amp;People</source>
        <translation>&amp;Pobl</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/page.py" line="45"/>
        <source>A&amp;genda</source>
        <translation>&amp;Agenda</translation>
    </message>
</context>
<context>
    <name>SharedScreen</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="379"/>
        <source>&amp;Stage: title, prompt and timer</source>
        <translation>&amp;Cam: teitl, anogaeth ac amserydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="381"/>
        <source>&amp;Voting: the question and the count</source>
        <translation>&amp;Pleidleisio: y cwestiwn a&apos;r cyfrif</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="382"/>
        <source>&amp;Results</source>
        <translation>Canlyniada&amp;u</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="380"/>
        <source>&amp;Board: the ideas by theme</source>
        <translation>&amp;Bwrdd: y syniadau fesul thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="383"/>
        <source>&amp;Actions: what we agreed</source>
        <translation>Camau &amp;gweithredu: beth gytunon ni</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="384"/>
        <source>You said, &amp;we did (a follow-up)</source>
        <translation>D&amp;ywedoch chi, gwnaethom ni (gweithdy dilynol)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="385"/>
        <source>Blank (&amp;pause)</source>
        <translation>Gwag (&amp;saib)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="391"/>
        <source>S&amp;how shared screen</source>
        <translation>&amp;Dangos y sgrin a rennir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="394"/>
        <source>Show &amp;on screen</source>
        <translation>Dangos ar y sg&amp;rin</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="396"/>
        <source>&amp;Full screen</source>
        <translation>Sgrin &amp;lawn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="407"/>
        <source>Board in large &amp;tidy columns</source>
        <translation>Bwrdd mewn colofnau mawr &amp;taclus</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="411"/>
        <source>Ballot &amp;kiosk</source>
        <translation>C&amp;iosg pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="415"/>
        <source>Pre&amp;vious page</source>
        <translation>Y dudalen &amp;flaenorol</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="417"/>
        <source>&amp;Next page</source>
        <translation>Y dudalen &amp;nesaf</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="422"/>
        <source>&amp;Larger text</source>
        <translation>Testun &amp;mwy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="424"/>
        <source>S&amp;maller text</source>
        <translation>Testun ll&amp;ai</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="426"/>
        <source>Nor&amp;mal text size</source>
        <translation>Maint testun arf&amp;erol</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="441"/>
        <source>{n}: {name} ({width} × {height})</source>
        <translation>{n}: {name} ({width} × {height})</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="443"/>
        <source>Screen</source>
        <translation>Sgrin</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="448"/>
        <source> (this window&apos;s screen)</source>
        <translation> (sgrin y ffenestr hon)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="469"/>
        <source>Open on {screen}</source>
        <translation>Agor ar {screen}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="477"/>
        <source>&amp;Close the ballot kiosk</source>
        <translation>&amp;Cau&apos;r ciosg pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/manager.py" line="488"/>
        <source>Nor&amp;mal text size ({percent}% now)</source>
        <translation>Maint testun arf&amp;erol ({percent}% nawr)</translation>
    </message>
</context>
<context>
    <name>SharedScreenWindow</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/window.py" line="138"/>
        <location filename="../../coprod_desktop/ui/shared_screen/window.py" line="139"/>
        <source>Shared screen</source>
        <translation>Sgrin a rennir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/window.py" line="205"/>
        <source>The agenda stage: title, prompt and timer</source>
        <translation>Cam yr agenda: teitl, anogaeth ac amserydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/window.py" line="206"/>
        <source>The board</source>
        <translation>Y bwrdd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/window.py" line="207"/>
        <source>Voting: the question and how many have voted</source>
        <translation>Pleidleisio: y cwestiwn a faint sydd wedi pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/window.py" line="208"/>
        <source>Results</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/window.py" line="209"/>
        <source>Agreed actions</source>
        <translation>Camau gweithredu y cytunwyd arnyn nhw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/window.py" line="210"/>
        <source>You said, we did: the earlier workshop&apos;s actions</source>
        <translation>Dywedoch chi, gwnaethom ni: camau gweithredu&apos;r gweithdy cynharach</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/window.py" line="211"/>
        <source>Paused</source>
        <translation>Saib</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/stage.py" line="32"/>
        <source>Edit stage</source>
        <translation>Golygu cam</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/stage.py" line="32"/>
        <source>New stage</source>
        <translation>Cam newydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/stage.py" line="34"/>
        <source>Stage title</source>
        <translation>Teitl y cam</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/stage.py" line="37"/>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/stage.py" line="38"/>
        <source>not planned</source>
        <translation>heb ei gynllunio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/stage.py" line="40"/>
        <source>Planned minutes</source>
        <translation>Munudau wedi&apos;u cynllunio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/stage.py" line="42"/>
        <source>Prompt shown to the room</source>
        <translation>Anogaeth i&apos;w dangos i&apos;r ystafell</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/stage.py" line="43"/>
        <source>The question the room answers in this stage</source>
        <translation>Y cwestiwn mae&apos;r ystafell yn ei ateb yn y cam hwn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/stage.py" line="49"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/stage.py" line="49"/>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/stage.py" line="51"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/stage.py" line="56"/>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/stage.py" line="57"/>
        <source>&amp;Planned:</source>
        <translation>&amp;Hyd:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/dialogs/stage.py" line="58"/>
        <source>P&amp;rompt:</source>
        <translation>&amp;Anogaeth:</translation>
    </message>
</context>
<context>
    <name>StageView</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/stage_view.py" line="53"/>
        <source>Time on this stage</source>
        <translation>Amser ar y cam hwn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/stage_view.py" line="85"/>
        <source>No workshop is open</source>
        <translation>Does dim gweithdy ar agor</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/stage_view.py" line="103"/>
        <source>Stage {n} of {total}</source>
        <translation>Cam {n} o {total}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/stage_view.py" line="118"/>
        <source>so far</source>
        <translation>hyd yma</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/stage_view.py" line="125"/>
        <source>left of {n} minutes</source>
        <translation>ar ôl o {n} munud</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/stage_view.py" line="130"/>
        <source>over time</source>
        <translation>dros amser</translation>
    </message>
</context>
<context>
    <name>StagesPanel</name>
    <message>
        <location filename="../../coprod_desktop/ui/setup/stages.py" line="38"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/stages.py" line="44"/>
        <source>Agenda stages</source>
        <translation>Camau&apos;r agenda</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/stages.py" line="46"/>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/stages.py" line="46"/>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/stages.py" line="46"/>
        <source>Prompt</source>
        <translation>Anogaeth</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/stages.py" line="58"/>
        <source>Add &amp;stage…</source>
        <translation>Ychwanegu &amp;cam…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/stages.py" line="59"/>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/stages.py" line="60"/>
        <source>Move &amp;up</source>
        <translation>Symud i &amp;fyny</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/stages.py" line="61"/>
        <source>Move do&amp;wn</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/stages.py" line="62"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/stages.py" line="77"/>
        <source>Ctrl+Up in the list</source>
        <translation>Ctrl+Up yn y rhestr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/stages.py" line="78"/>
        <source>Ctrl+Down in the list</source>
        <translation>Ctrl+Down yn y rhestr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/stages.py" line="98"/>
        <source>{n} min</source>
        <translation>{n} mun</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/setup/stages.py" line="114"/>
        <source>%n stage(s), {h} h {m:02d} min planned</source>
        <translation>
            <numerusform>Dim camau eto, {h} awr {m:02d} mun</numerusform>
            <numerusform>%n cam, {h} awr {m:02d} mun wedi&apos;u cynllunio</numerusform>
            <numerusform>%n cam, {h} awr {m:02d} mun wedi&apos;u cynllunio</numerusform>
            <numerusform>%n cam, {h} awr {m:02d} mun wedi&apos;u cynllunio</numerusform>
            <numerusform>%n cam, {h} awr {m:02d} mun wedi&apos;u cynllunio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/setup/stages.py" line="167"/>
        <source>Deleted &quot;{title}&quot;. Ctrl+Z undoes.</source>
        <translation>Wedi dileu &quot;{title}&quot;. Mae Ctrl+Z yn dadwneud.</translation>
    </message>
</context>
<context>
    <name>TallyPanel</name>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="65"/>
        <source>Count the sticker dots on each item and type the numbers in. Empty means 0. The counts are stored when you press Save (or close voting).</source>
        <translation>Cyfrifwch y dotiau sticer ar bob eitem a theipio&apos;r niferoedd. Mae gwag yn golygu 0. Mae&apos;r niferoedd yn cael eu cadw pan fyddwch chi&apos;n pwyso Cadw (neu&apos;n cau&apos;r bleidlais).</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="71"/>
        <source>Sticker counts</source>
        <translation>Cyfrif y sticeri</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="72"/>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="72"/>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="72"/>
        <source>Dots</source>
        <translation>Dotiau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="86"/>
        <source>Problems with the counts</source>
        <translation>Problemau gyda&apos;r niferoedd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="88"/>
        <source>Total dots</source>
        <translation>Cyfanswm y dotiau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="89"/>
        <source>&amp;Save counts</source>
        <translation>&amp;Cadw&apos;r niferoedd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="90"/>
        <source>Save the counts</source>
        <translation>Cadw&apos;r niferoedd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="92"/>
        <source>&amp;Close voting…</source>
        <translation>C&amp;au&apos;r bleidlais…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="94"/>
        <source>Close voting</source>
        <translation>Cau&apos;r bleidlais</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="162"/>
        <source>Row {n}: {why}.</source>
        <translation>Rhes {n}: {why}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="179"/>
        <source>…and {n} more.</source>
        <translation>…a {n} arall.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="184"/>
        <source>not saved yet</source>
        <translation>heb eu cadw eto</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="184"/>
        <source>saved</source>
        <translation>wedi&apos;u cadw</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="185"/>
        <source>Total: %n dot(s) ({state})</source>
        <translation>
            <numerusform>Cyfanswm: %n dot ({state})</numerusform>
            <numerusform>Cyfanswm: %n dot ({state})</numerusform>
            <numerusform>Cyfanswm: %n dot ({state})</numerusform>
            <numerusform>Cyfanswm: %n dot ({state})</numerusform>
            <numerusform>Cyfanswm: %n dot ({state})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="230"/>
        <source>{total} dots from %n person(s) with {dots} each: check the count.</source>
        <translation>
            <numerusform>{total} dot gan %n person â {dots} yr un: gwiriwch y cyfrif.</numerusform>
            <numerusform>{total} dot gan %n person â {dots} yr un: gwiriwch y cyfrif.</numerusform>
            <numerusform>{total} dot gan %n person â {dots} yr un: gwiriwch y cyfrif.</numerusform>
            <numerusform>{total} dot gan %n person â {dots} yr un: gwiriwch y cyfrif.</numerusform>
            <numerusform>{total} dot gan %n person â {dots} yr un: gwiriwch y cyfrif.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="207"/>
        <source>Check the count</source>
        <translation>Gwiriwch y cyfrif</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="207"/>
        <source>Save these counts</source>
        <translation>Cadw’r niferoedd hyn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/tally_panel.py" line="235"/>
        <source>Save them anyway if people really placed that many dots.</source>
        <translation>Cadwch nhw beth bynnag os gosododd pobl gymaint â hynny o ddotiau go iawn.</translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/kiosk.py" line="155"/>
        <source>Thank you</source>
        <translation>Diolch</translation>
    </message>
</context>
<context>
    <name>ThemeGestures</name>
    <message>
        <location filename="../../coprod_desktop/ui/board/theme_gestures.py" line="64"/>
        <source>No theme</source>
        <translation>Dim thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/theme_gestures.py" line="65"/>
        <source>New theme…</source>
        <translation>Thema newydd…</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/theme_gestures.py" line="70"/>
        <source>Select the ideas to move first.</source>
        <translation>Dewiswch y syniadau i&apos;w symud yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/theme_gestures.py" line="80"/>
        <location filename="../../coprod_desktop/ui/board/theme_gestures.py" line="113"/>
        <source>New theme</source>
        <translation>Thema newydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/theme_gestures.py" line="80"/>
        <location filename="../../coprod_desktop/ui/board/theme_gestures.py" line="113"/>
        <source>Name of the new theme:</source>
        <translation>Enw&apos;r thema newydd:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/theme_gestures.py" line="84"/>
        <source>Move to new theme &quot;{name}&quot;</source>
        <translation>Symud i&apos;r thema newydd &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/theme_gestures.py" line="120"/>
        <location filename="../../coprod_desktop/ui/board/theme_gestures.py" line="130"/>
        <location filename="../../coprod_desktop/ui/board/theme_gestures.py" line="137"/>
        <source>Select a theme, or an idea in it, first.</source>
        <translation>Dewiswch thema, neu syniad ynddi, yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/theme_gestures.py" line="123"/>
        <source>Rename theme</source>
        <translation>Ailenwi thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/theme_gestures.py" line="123"/>
        <source>New name for the theme:</source>
        <translation>Enw newydd y thema:</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/board/theme_gestures.py" line="140"/>
        <source>Theme deleted; its ideas stay on the board. Ctrl+Z brings it back.</source>
        <translation>Wedi dileu&apos;r thema; mae ei syniadau&apos;n aros ar y bwrdd. Mae Ctrl+Z yn dod â hi yn ôl.</translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="74"/>
        <source>Voting</source>
        <translation>Pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="78"/>
        <source>Voting rounds</source>
        <translation>Rowndiau pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="83"/>
        <source>&amp;New round</source>
        <translation>Rownd &amp;newydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="85"/>
        <source>Set up a new voting round</source>
        <translation>Trefnu rownd bleidleisio newydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="87"/>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="367"/>
        <source>Delete round</source>
        <translation>Dileu&apos;r rownd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="88"/>
        <source>Delete the selected round</source>
        <translation>Dileu&apos;r rownd a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="97"/>
        <source>Rounds</source>
        <translation>Rowndiau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="106"/>
        <source>The round</source>
        <translation>Y rownd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="113"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="117"/>
        <source>No voting rounds yet. Press New round to ask the room a question: they put dots on the ideas or themes that matter most to them, on the shared screen or with sticker dots on the wall.</source>
        <translation>Dim rowndiau pleidleisio eto. Pwyswch Rownd newydd i ofyn cwestiwn i&apos;r ystafell: mae pobl yn rhoi dotiau ar y syniadau neu&apos;r themâu sydd bwysicaf iddyn nhw, ar y sgrin a rennir neu gyda dotiau sticer ar y wal.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="131"/>
        <source>Show the &amp;question on the shared screen</source>
        <translation>Dangos y cwes&amp;tiwn ar y sgrin a rennir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="132"/>
        <source>Show the question on the shared screen</source>
        <translation>Dangos y cwestiwn ar y sgrin a rennir</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="227"/>
        <source>Being set up</source>
        <translation>Wrthi&apos;n cael ei threfnu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="228"/>
        <source>OPEN</source>
        <translation>AR AGOR</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="229"/>
        <source>Closed</source>
        <translation>Wedi cau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="231"/>
        <source>ballot</source>
        <translation>pleidlais ar y sgrin</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="231"/>
        <source>sticker tally</source>
        <translation>cyfrif sticeri</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="234"/>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="236"/>
        <source>Run-off: </source>
        <translation>Ail bleidlais: </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="264"/>
        <source>Being set up: nobody can vote yet.</source>
        <translation>Wrthi&apos;n cael ei threfnu: does neb yn gallu pleidleisio eto.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="276"/>
        <source>Sticker voting is open: type in the counts.</source>
        <translation>Mae&apos;r pleidleisio â sticeri ar agor: teipiwch y niferoedd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="281"/>
        <source>Closed. A closed round cannot be reopened; start a new round instead.</source>
        <translation>Wedi cau. Does dim modd ailagor rownd sydd wedi cau; dechreuwch rownd newydd yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="333"/>
        <source>Which ideas matter most to you?</source>
        <translation>Pa syniadau sydd bwysicaf i chi?</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="363"/>
        <source>Close voting before deleting the round.</source>
        <translation>Caewch y bleidlais cyn dileu&apos;r rownd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="369"/>
        <source>Delete the round “{question}” and every vote cast in it? You can undo this with Edit ▸ Undo.</source>
        <translation>Dileu&apos;r rownd “{question}” a phob pleidlais a fwriwyd ynddi? Gallwch chi ddadwneud hyn gyda Golygu ▸ Dadwneud.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="372"/>
        <source>Delete round and votes</source>
        <translation>Dileu&apos;r rownd a&apos;r pleidleisiau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="392"/>
        <source>Some counts are not whole numbers; fix them first.</source>
        <translation>Dyw rhai niferoedd ddim yn rhifau cyfan; cywirwch nhw yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="401"/>
        <source>Close voting?</source>
        <translation>Cau&apos;r bleidlais?</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="403"/>
        <source>Close voting</source>
        <translation>Cau&apos;r bleidlais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/page.py" line="413"/>
        <source>Voting is open: %n idea(s), {dots} each, at most {cap} on one. Nobody sees any dots until you close the round.</source>
        <translation>
            <numerusform>Mae&apos;r bleidlais ar agor: %n syniad, {dots} yr un, {cap} ar y mwyaf ar un eitem. Does neb yn gweld unrhyw ddotiau nes i chi gau&apos;r rownd.</numerusform>
            <numerusform>Mae&apos;r bleidlais ar agor: %n syniad, {dots} yr un, {cap} ar y mwyaf ar un eitem. Does neb yn gweld unrhyw ddotiau nes i chi gau&apos;r rownd.</numerusform>
            <numerusform>Mae&apos;r bleidlais ar agor: %n syniad, {dots} yr un, {cap} ar y mwyaf ar un eitem. Does neb yn gweld unrhyw ddotiau nes i chi gau&apos;r rownd.</numerusform>
            <numerusform>Mae&apos;r bleidlais ar agor: %n syniad, {dots} yr un, {cap} ar y mwyaf ar un eitem. Does neb yn gweld unrhyw ddotiau nes i chi gau&apos;r rownd.</numerusform>
            <numerusform>Mae&apos;r bleidlais ar agor: %n syniad, {dots} yr un, {cap} ar y mwyaf ar un eitem. Does neb yn gweld unrhyw ddotiau nes i chi gau&apos;r rownd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/page.py" line="419"/>
        <source>Voting is open: %n theme(s), {dots} each, at most {cap} on one. Nobody sees any dots until you close the round.</source>
        <translation>
            <numerusform>Mae&apos;r bleidlais ar agor: %n thema, {dots} yr un, {cap} ar y mwyaf ar un eitem. Does neb yn gweld unrhyw ddotiau nes i chi gau&apos;r rownd.</numerusform>
            <numerusform>Mae&apos;r bleidlais ar agor: %n thema, {dots} yr un, {cap} ar y mwyaf ar un eitem. Does neb yn gweld unrhyw ddotiau nes i chi gau&apos;r rownd.</numerusform>
            <numerusform>Mae&apos;r bleidlais ar agor: %n thema, {dots} yr un, {cap} ar y mwyaf ar un eitem. Does neb yn gweld unrhyw ddotiau nes i chi gau&apos;r rownd.</numerusform>
            <numerusform>Mae&apos;r bleidlais ar agor: %n thema, {dots} yr un, {cap} ar y mwyaf ar un eitem. Does neb yn gweld unrhyw ddotiau nes i chi gau&apos;r rownd.</numerusform>
            <numerusform>Mae&apos;r bleidlais ar agor: %n thema, {dots} yr un, {cap} ar y mwyaf ar un eitem. Does neb yn gweld unrhyw ddotiau nes i chi gau&apos;r rownd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/voting/page.py" line="427"/>
        <source>%n person(s) have not voted yet: {names}.</source>
        <translation>
            <numerusform>Mae %n person heb bleidleisio eto: {names}.</numerusform>
            <numerusform>Mae %n person heb bleidleisio eto: {names}.</numerusform>
            <numerusform>Mae %n person heb bleidleisio eto: {names}.</numerusform>
            <numerusform>Mae %n person heb bleidleisio eto: {names}.</numerusform>
            <numerusform>Mae %n person heb bleidleisio eto: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="426"/>
        <source> and others</source>
        <translation> ac eraill</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="431"/>
        <source>{name} is voting at the ballot kiosk right now.</source>
        <translation>Mae {name} yn pleidleisio wrth y ciosg pleidleisio ar hyn o bryd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/page.py" line="437"/>
        <source>Once closed, the round cannot be reopened, and nobody else can vote in it.</source>
        <translation>Ar ôl ei chau, does dim modd ailagor y rownd, a does neb arall yn gallu pleidleisio ynddi.</translation>
    </message>
</context>
<context>
    <name>VotingPlacesPanel</name>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="38"/>
        <source>Ballot &amp;kiosk: open on</source>
        <translation>&amp;Ciosg pleidleisio: agor ar</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="40"/>
        <source>Screen for the ballot kiosk</source>
        <translation>Sgrin ar gyfer y ciosg pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="42"/>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="125"/>
        <source>&amp;Open the kiosk</source>
        <translation>&amp;Agor y ciosg</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="44"/>
        <source>Open the ballot kiosk full screen on the chosen screen</source>
        <translation>Agor y ciosg pleidleisio yn sgrin lawn ar y sgrin a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="47"/>
        <source>Clos&amp;e the kiosk</source>
        <translation>Cau&apos;r c&amp;iosg</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="48"/>
        <source>Close the ballot kiosk</source>
        <translation>Cau&apos;r ciosg pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="51"/>
        <source>Vote from &amp;phones</source>
        <translation>Pleidleisio ar &amp;ffonau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="52"/>
        <source>Vote from phones</source>
        <translation>Pleidleisio ar ffonau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="54"/>
        <source>Serve the ballot to phones on the room&apos;s network while the round is open</source>
        <translation>Cynnig y bleidlais i ffonau ar rwydwaith yr ystafell tra bo&apos;r rownd ar agor</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="57"/>
        <source>on &amp;network address</source>
        <translation>ar gyfeiriad &amp;rhwydwaith</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="59"/>
        <source>The laptop&apos;s network address for phones</source>
        <translation>Cyfeiriad rhwydwaith y gliniadur ar gyfer ffonau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="65"/>
        <source>Phones</source>
        <translation>Ffonau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="125"/>
        <source>&amp;Move the kiosk</source>
        <translation>&amp;Symud y ciosg</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="152"/>
        <source>The laptop is not on a network phones can reach. Turn on the laptop&apos;s mobile hotspot, or join the venue&apos;s Wi-Fi, then try again.</source>
        <translation>Dyw&apos;r gliniadur ddim ar rwydwaith y gall ffonau ei gyrraedd. Trowch fan problemus symudol y gliniadur ymlaen, neu ymunwch â Wi-Fi y lleoliad, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="168"/>
        <source>Port in use</source>
        <translation>Porth yn cael ei ddefnyddio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="170"/>
        <source>Another program on this laptop already uses port {port}, so phones cannot reach the ballot there. Use another free port?</source>
        <translation>Mae rhaglen arall ar y gliniadur hwn eisoes yn defnyddio porth {port}, felly all ffonau ddim cyrraedd y bleidlais yno. Defnyddio porth rhydd arall?</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="173"/>
        <source>Use another port</source>
        <translation>Defnyddio porth arall</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="176"/>
        <source>Phones are not voting: port {port} is in use.</source>
        <translation>Dyw ffonau ddim yn pleidleisio: mae porth {port} yn cael ei ddefnyddio.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="179"/>
        <source>Phones cannot vote: {reason}</source>
        <translation>All ffonau ddim pleidleisio: {reason}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="200"/>
        <source>Phones vote at {address} (the QR code is on the shared screen&apos;s voting view). Phones must be on the same network as this laptop.</source>
        <translation>Mae ffonau&apos;n pleidleisio yn {address} (mae&apos;r cod QR ar olwg pleidleisio&apos;r sgrin a rennir). Rhaid i ffonau fod ar yr un rhwydwaith â&apos;r gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/voting/places_panel.py" line="205"/>
        <source>Phones are not voting.</source>
        <translation>Dyw ffonau ddim yn pleidleisio.</translation>
    </message>
</context>
<context>
    <name>VotingView</name>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/voting_view.py" line="39"/>
        <source>Voting</source>
        <translation>Pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/voting_view.py" line="50"/>
        <source>The ballot&apos;s address</source>
        <translation>Cyfeiriad y bleidlais</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/voting_view.py" line="52"/>
        <source>How many have voted</source>
        <translation>Faint sydd wedi pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/voting_view.py" line="158"/>
        <source>Run-off: put your dots only on these ideas</source>
        <translation>Ail bleidlais: rhowch eich dotiau ar y syniadau hyn yn unig</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/voting_view.py" line="161"/>
        <source>Run-off: put your dots only on these themes</source>
        <translation>Ail bleidlais: rhowch eich dotiau ar y themâu hyn yn unig</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/voting_view.py" line="182"/>
        <source>Vote on your phone: scan the code, or type this address</source>
        <translation>Pleidleisiwch ar eich ffôn: sganiwch y cod, neu teipiwch y cyfeiriad hwn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/voting_view.py" line="184"/>
        <source>Vote at the ballot kiosk</source>
        <translation>Pleidleisiwch yn y ciosg pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/voting_view.py" line="189"/>
        <source>{voted} of {total} have voted</source>
        <translation>{voted} o {total} wedi pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/shared_screen/voting_view.py" line="194"/>
        <source>Your vote is secret: this screen shows only how many have voted.</source>
        <translation>Mae eich pleidlais yn gyfrinachol: dim ond faint sydd wedi pleidleisio mae&apos;r sgrin hon yn ei ddangos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/shared_screen/voting_view.py" line="202"/>
        <source>Each person has %n dot(s): at most one on each item.</source>
        <translation>
            <numerusform>Mae gan bob person %n dot: un ar y mwyaf ar bob eitem.</numerusform>
            <numerusform>Mae gan bob person %n dot.</numerusform>
            <numerusform>Mae gan bob person %n dot: un ar y mwyaf ar bob eitem.</numerusform>
            <numerusform>Mae gan bob person %n dot: un ar y mwyaf ar bob eitem.</numerusform>
            <numerusform>Mae gan bob person %n dot: un ar y mwyaf ar bob eitem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprod_desktop/ui/shared_screen/voting_view.py" line="203"/>
        <source>Each person has %n dots: at most {cap} on one item.</source>
        <translation>
            <numerusform>Mae gan bob person %n dot: {cap} ar y mwyaf ar un eitem.</numerusform>
            <numerusform>Mae gan bob person %n dot: {cap} ar y mwyaf ar un eitem.</numerusform>
            <numerusform>Mae gan bob person %n dot: {cap} ar y mwyaf ar un eitem.</numerusform>
            <numerusform>Mae gan bob person %n dot: {cap} ar y mwyaf ar un eitem.</numerusform>
            <numerusform>Mae gan bob person %n dot: {cap} ar y mwyaf ar un eitem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <location filename="../../coprod_desktop/ui/library/model.py" line="50"/>
        <source>Workshop</source>
        <translation>Gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/model.py" line="51"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/model.py" line="52"/>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/model.py" line="53"/>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/model.py" line="54"/>
        <source>Ideas</source>
        <translation>Syniadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/model.py" line="55"/>
        <source>Themes</source>
        <translation>Themâu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/model.py" line="56"/>
        <source>Votes</source>
        <translation>Pleidleisiau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/model.py" line="57"/>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/model.py" line="80"/>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/model.py" line="82"/>
        <source>{title}, {when}, {people}, {ideas}</source>
        <translation>{title}, {when}, {people}, {ideas}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../coprod_desktop/ui/i18n.py" line="64"/>
        <source>Co-production Workshop</source>
        <translation>Gweithdy Cydgynhyrchu</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <location filename="../../coprod_desktop/services/actions.py" line="93"/>
        <source>owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/actions.py" line="126"/>
        <location filename="../../coprod_desktop/services/actions.py" line="166"/>
        <source>action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/actions.py" line="127"/>
        <location filename="../../coprod_desktop/services/actions.py" line="182"/>
        <source>action notes</source>
        <translation>Nodiadau&apos;r cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/agenda.py" line="50"/>
        <location filename="../../coprod_desktop/services/agenda.py" line="78"/>
        <source>stage title</source>
        <translation>Teitl y cam</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/agenda.py" line="51"/>
        <location filename="../../coprod_desktop/services/agenda.py" line="81"/>
        <source>stage prompt</source>
        <translation>Anogaeth y cam</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/agenda.py" line="169"/>
        <location filename="../../coprod_desktop/services/agenda.py" line="185"/>
        <source>note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/board.py" line="37"/>
        <source>theme name</source>
        <translation>Enw&apos;r thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/board.py" line="270"/>
        <location filename="../../coprod_desktop/services/board.py" line="309"/>
        <source>idea</source>
        <translation>Syniad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/people.py" line="56"/>
        <location filename="../../coprod_desktop/services/people.py" line="92"/>
        <location filename="../../coprod_desktop/services/people.py" line="431"/>
        <source>group name</source>
        <translation>Enw&apos;r grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/people.py" line="129"/>
        <location filename="../../coprod_desktop/services/people.py" line="161"/>
        <location filename="../../coprod_desktop/services/people.py" line="440"/>
        <source>participant&apos;s name</source>
        <translation>Enw&apos;r cyfranogwr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/people.py" line="352"/>
        <source>name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/validation.py" line="59"/>
        <source>colour</source>
        <translation>Lliw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/recorded_rounds.py" line="61"/>
        <location filename="../../coprod_desktop/services/voting.py" line="241"/>
        <location filename="../../coprod_desktop/services/voting.py" line="288"/>
        <location filename="../../coprod_desktop/services/voting.py" line="619"/>
        <source>question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/workshops.py" line="56"/>
        <source>workshop purpose</source>
        <translation>Diben y gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/workshops.py" line="57"/>
        <source>workshop venue</source>
        <translation>Lleoliad y gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/workshops.py" line="58"/>
        <source>workshop facilitator</source>
        <translation>Hwylusydd y gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/workshops.py" line="59"/>
        <source>workshop organisation</source>
        <translation>Sefydliad y gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/workshops.py" line="97"/>
        <location filename="../../coprod_desktop/services/workshops.py" line="270"/>
        <source>workshop title</source>
        <translation>Teitl y gweithdy</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../coprod_desktop/exports/import_problems.py" line="69"/>
        <location filename="../../coprod_desktop/exports/workshop_import.py" line="36"/>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="26"/>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="67"/>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="290"/>
        <source>is required</source>
        <translation>mae&apos;n ofynnol</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="27"/>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="70"/>
        <source>must be text</source>
        <translation>rhaid iddo fod yn destun</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="72"/>
        <source>cannot be blank</source>
        <translation>ni all fod yn wag</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="76"/>
        <source>holds a control character (U+{code})</source>
        <translation>mae&apos;n cynnwys nod rheoli (U+{code})</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="82"/>
        <source>is too long ({length} characters; at most {most})</source>
        <translation>mae&apos;n rhy hir ({length} nod; {most} ar y mwyaf)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="87"/>
        <source>must fit on one line</source>
        <translation>rhaid iddo ffitio ar un llinell</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="28"/>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="221"/>
        <source>must be true or false</source>
        <translation>rhaid iddo fod yn true neu false</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="29"/>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="293"/>
        <source>must be a whole number</source>
        <translation>rhaid iddo fod yn rhif cyfan</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="296"/>
        <source>must be from {low} to {high}</source>
        <translation>rhaid iddo fod rhwng {low} a {high}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="30"/>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="353"/>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="355"/>
        <source>must be a number</source>
        <translation>rhaid iddo fod yn rhif</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="141"/>
        <source>must be a colour like #RRGGBB</source>
        <translation>rhaid iddo fod yn lliw fel #RRGGBB</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="160"/>
        <source>must be a date like 2026-11-28</source>
        <translation>rhaid iddo fod yn ddyddiad fel 2026-11-28</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="181"/>
        <source>must be a date and time like 2026-11-28T10:15:00+00:00</source>
        <translation>rhaid iddo fod yn ddyddiad ac amser fel 2026-11-28T10:15:00+00:00</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="187"/>
        <source>is too close to the year 1 or 9999 to be shown in every time zone</source>
        <translation>mae&apos;n rhy agos at y flwyddyn 1 neu 9999 i&apos;w ddangos ym mhob cylchfa amser</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="205"/>
        <source>must be 1 to 64 letters, digits, - or _</source>
        <translation>rhaid iddo fod yn 1 i 64 o lythrennau, digidau, - neu _</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="117"/>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="238"/>
        <source>is required (one of {options})</source>
        <translation>mae&apos;n ofynnol (un o {options})</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="243"/>
        <source>must be one of {options}</source>
        <translation>rhaid iddo fod yn un o {options}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="146"/>
        <source>no {what} {id}</source>
        <translation>dim {what} {id}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="31"/>
        <source>must be a list</source>
        <translation>rhaid iddo fod yn rhestr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="32"/>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="33"/>
        <source>must be an object</source>
        <translation>rhaid iddo fod yn wrthrych</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="43"/>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="379"/>
        <source>is required (a text key such as &quot;i1&quot;)</source>
        <translation>mae&apos;n ofynnol (allwedd destun fel &quot;i1&quot;)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="118"/>
        <source>{id} is used twice</source>
        <translation>mae {id} wedi&apos;i ddefnyddio ddwywaith</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/import_problems.py" line="148"/>
        <source>the number is too large ({digits} digits)</source>
        <translation>mae&apos;r rhif yn rhy fawr ({digits} digid)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/import_problems.py" line="153"/>
        <source>the number is too large</source>
        <translation>mae&apos;r rhif yn rhy fawr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/import_problems.py" line="158"/>
        <source>holds a broken character (a lone surrogate such as \ud800)</source>
        <translation>mae&apos;n cynnwys nod toredig (dirprwy unigol fel \ud800)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/import_problems.py" line="166"/>
        <source>is given more than once in the same object</source>
        <translation>fe&apos;i rhoddir fwy nag unwaith yn yr un gwrthrych</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/import_problems.py" line="172"/>
        <source>the name holds a broken character (a lone surrogate such as \ud800)</source>
        <translation>mae&apos;r enw&apos;n cynnwys nod toredig (dirprwy unigol fel \ud800)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="81"/>
        <source>the file is not a workshop file (expected a JSON object)</source>
        <translation>nid ffeil gweithdy yw&apos;r ffeil (roedd disgwyl gwrthrych JSON)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="85"/>
        <source>format: this is not a workshop file (expected &quot;{fmt}&quot;)</source>
        <translation>format: nid ffeil gweithdy yw hon (roedd disgwyl &quot;{fmt}&quot;)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="90"/>
        <source>version: must be a whole number, 1 or more</source>
        <translation>version: rhaid iddo fod yn rhif cyfan, 1 neu fwy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="93"/>
        <source>version: the file was made by a newer version of coprod-desktop (file version {file}; this program reads version {ours})</source>
        <translation>version: cafodd y ffeil ei gwneud gan fersiwn mwy newydd o coprod-desktop (fersiwn y ffeil: {file}; mae&apos;r rhaglen hon yn darllen fersiwn {ours})</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="37"/>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="40"/>
        <source>is required (an object with at least a title)</source>
        <translation>mae&apos;n ofynnol (gwrthrych gyda theitl o leiaf)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="133"/>
        <source>&quot;{name}&quot; is used by {other} too</source>
        <translation>mae {other} hefyd yn defnyddio &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="357"/>
        <source>must be 0 or more</source>
        <translation>rhaid iddo fod yn 0 neu fwy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="53"/>
        <source>must be a list of idea or theme ids</source>
        <translation>rhaid iddo fod yn rhestr o ddynodwyr syniadau neu themâu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="315"/>
        <source>{id} is both an idea and a theme</source>
        <translation>mae {id} yn syniad ac yn thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="321"/>
        <source>no idea or theme {id}</source>
        <translation>dim syniad na thema {id}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="301"/>
        <source>run-offs go round in a circle ({chain}); one must come first</source>
        <translation>mae&apos;r ail bleidleisiau&apos;n mynd mewn cylch ({chain}); rhaid i un ddod yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="175"/>
        <source>cannot be more than dots_per_voter</source>
        <translation>ni all fod yn fwy na dots_per_voter</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="160"/>
        <source>{id} is listed twice</source>
        <translation>mae {id} wedi&apos;i restru ddwywaith</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="185"/>
        <source>a round cannot be its own run-off</source>
        <translation>ni all rownd fod yn ail bleidlais iddi hi ei hun</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="265"/>
        <source>a secret ballot never names its voter</source>
        <translation>nid yw pleidlais gudd byth yn enwi&apos;r pleidleisiwr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="270"/>
        <source>{id} is not in this round&apos;s voters</source>
        <translation>nid yw {id} ymhlith pleidleiswyr y rownd hon</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="276"/>
        <source>{id} has two ballots</source>
        <translation>mae gan {id} ddau bapur pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="44"/>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="47"/>
        <source>must be an object of item ids and dot counts</source>
        <translation>rhaid iddo fod yn wrthrych o ddynodwyr eitemau a nifer y dotiau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="212"/>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="236"/>
        <source>no {what} &quot;{key}&quot; in this round</source>
        <translation>dim {what} &quot;{key}&quot; yn y rownd hon</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="317"/>
        <source>must be a whole number of dots, 1 or more</source>
        <translation>rhaid iddo fod yn nifer cyfan o ddotiau, 1 neu fwy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="319"/>
        <source>is more than {most} dots</source>
        <translation>mae&apos;n fwy na {most} dot</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="219"/>
        <source>is more than the {most} dots allowed on one item</source>
        <translation>mae&apos;n fwy na&apos;r {most} dot a ganiateir ar un eitem</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="226"/>
        <source>add up to {total}, more than the {most} each voter has</source>
        <translation>maen nhw&apos;n dod i {total}, mwy na&apos;r {most} sydd gan bob pleidleisiwr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="50"/>
        <source>must be an object of item ids and counts</source>
        <translation>rhaid iddo fod yn wrthrych o ddynodwyr eitemau a&apos;u cyfrif</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="325"/>
        <source>must be a whole number, 0 or more</source>
        <translation>rhaid iddo fod yn rhif cyfan, 0 neu fwy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_format.py" line="328"/>
        <source>is more than {most}, too many to be a count of sticker dots</source>
        <translation>mae&apos;n fwy na {most}, gormod i fod yn gyfrif o ddotiau sticer</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="241"/>
        <source>a tally round has no voters or ballots</source>
        <translation>does gan rownd gyfrif ddim pleidleiswyr na phapurau pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="243"/>
        <source>a ballot round has no tallies</source>
        <translation>does gan rownd bapurau pleidleisio ddim cyfrifon</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="247"/>
        <source>{ballots} ballots but only {voters} voters in the register</source>
        <translation>{ballots} papur pleidleisio ond dim ond {voters} pleidleisiwr yn y gofrestr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="254"/>
        <source>a draft round cannot hold votes yet</source>
        <translation>ni all rownd ddrafft ddal pleidleisiau eto</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_rules.py" line="192"/>
        <source>{id} voted but is not among the electors</source>
        <translation>pleidleisiodd {id} ond nid yw ymhlith y rhai sy&apos;n cael pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_json.py" line="204"/>
        <source>there is no file at {path}</source>
        <translation>does dim ffeil yn {path}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_json.py" line="221"/>
        <source>{path} is a folder, not a workshop file</source>
        <translation>ffolder yw {path}, nid ffeil gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_json.py" line="226"/>
        <source>{path} is a pipe, not a workshop file; save the file first, then import it</source>
        <translation>pibell yw {path}, nid ffeil gweithdy; cadwch y ffeil yn gyntaf, yna ei mewnforio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_json.py" line="231"/>
        <source>{path} is a device, not a workshop file</source>
        <translation>dyfais yw {path}, nid ffeil gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_json.py" line="233"/>
        <source>{path} is not an ordinary file</source>
        <translation>nid ffeil gyffredin yw {path}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_json.py" line="237"/>
        <source>{name} is too large to be a workshop file (more than {most} MB)</source>
        <translation>mae {name} yn rhy fawr i fod yn ffeil gweithdy (mwy na {most} MB)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_json.py" line="252"/>
        <source>{name} is not a workshop file (it is not UTF-8 text)</source>
        <translation>nid ffeil gweithdy yw {name} (nid testun UTF-8 yw hi)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_json.py" line="259"/>
        <source>{name} is not valid JSON (line {line}, column {column}: {why})</source>
        <translation>nid yw {name} yn JSON dilys (llinell {line}, colofn {column}: {why})</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_json.py" line="269"/>
        <source>{name} is nested too deeply to be a workshop file</source>
        <translation>mae {name} wedi&apos;i nythu&apos;n rhy ddwfn i fod yn ffeil gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_json.py" line="274"/>
        <source>{name} holds a number too large to read</source>
        <translation>mae {name} yn cynnwys rhif sy&apos;n rhy fawr i&apos;w ddarllen</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_check.py" line="125"/>
        <source>is not valid: {why}</source>
        <translation>nid yw&apos;n ddilys: {why}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_merge.py" line="92"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_merge.py" line="112"/>
        <source>give the files of two tables or more</source>
        <translation>rhowch ffeiliau dau fwrdd neu fwy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_merge.py" line="124"/>
        <source>this file is given twice</source>
        <translation>rhoddwyd y ffeil hon ddwywaith</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_merge.py" line="441"/>
        <source>give the plenary workshop a title</source>
        <translation>rhowch deitl i&apos;r gweithdy llawn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/workshop_merge.py" line="462"/>
        <source>the plenary workshop: {problem}</source>
        <translation>y gweithdy llawn: {problem}</translation>
    </message>
</context>
<context>
    <name>import record</name>
    <message>
        <location filename="../../coprod_desktop/exports/import_problems.py" line="30"/>
        <source>group</source>
        <translation>grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/import_problems.py" line="31"/>
        <source>participant</source>
        <translation>cyfranogwr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/import_problems.py" line="32"/>
        <source>stage</source>
        <translation>cam</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/import_problems.py" line="33"/>
        <source>theme</source>
        <translation>thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/import_problems.py" line="34"/>
        <source>idea</source>
        <translation>syniad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/import_problems.py" line="35"/>
        <source>round</source>
        <translation>rownd</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <location filename="../../coprod_desktop/db/library.py" line="54"/>
        <location filename="../../coprod_desktop/db/lock.py" line="177"/>
        <source>There is no library at {path}. Check the path.</source>
        <translation>Does dim llyfrgell yn {path}. Gwiriwch y llwybr.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/library.py" line="62"/>
        <source>{name} was made by an earlier version and needs updating, but it is read-only. Copy it to a folder you can write to, then open the copy.</source>
        <translation>Cafodd {name} ei gwneud gan fersiwn gynharach ac mae angen ei diweddaru, ond dim ond darllen y gellir ei wneud. Copïwch hi i ffolder y gallwch ysgrifennu iddo, yna agorwch y copi.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/library.py" line="90"/>
        <source>Cannot create the folder {folder}: {why}</source>
        <translation>Does dim modd creu&apos;r ffolder {folder}: {why}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/library.py" line="102"/>
        <location filename="../../coprod_desktop/db/library.py" line="109"/>
        <source>Cannot create a library at {path}: {why}</source>
        <translation>Does dim modd creu llyfrgell yn {path}: {why}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/library.py" line="127"/>
        <source>{path} is a folder or device, not a library file.</source>
        <translation>Ffolder neu ddyfais yw {path}, nid ffeil llyfrgell.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/library.py" line="135"/>
        <source>Cannot read {path}: {why}.</source>
        <translation>Does dim modd darllen {path}: {why}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/library.py" line="139"/>
        <source>{name} is an empty file, not a workshop library.</source>
        <translation>Ffeil wag yw {name}, nid llyfrgell gweithdai.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/library.py" line="144"/>
        <source>{name} is not a workshop library (it is not a database file).</source>
        <translation>Dyw {name} ddim yn llyfrgell gweithdai (dyw hi ddim yn ffeil cronfa ddata).</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/library.py" line="151"/>
        <source>{name} is another program&apos;s database, not a workshop library. It has been left as it was.</source>
        <translation>Cronfa ddata rhaglen arall yw {name}, nid llyfrgell gweithdai. Mae wedi&apos;i gadael fel yr oedd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/library.py" line="163"/>
        <source>{name} could not be opened: {why}.</source>
        <translation>Doedd dim modd agor {name}: {why}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/library.py" line="171"/>
        <location filename="../../coprod_desktop/db/library.py" line="182"/>
        <source>{name} is damaged ({why}). Open a backup copy instead; this file has been left as it was.</source>
        <translation>Mae {name} wedi&apos;i difrodi ({why}). Agorwch gopi wrth gefn yn lle hynny; mae&apos;r ffeil hon wedi&apos;i gadael fel yr oedd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/library.py" line="194"/>
        <source>{name} has no schema version; it cannot be opened safely.</source>
        <translation>Does dim fersiwn sgema gan {name}; does dim modd ei hagor yn ddiogel.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/revisions.py" line="60"/>
        <source>{name} was made by a newer version of coprod-desktop. Install the newer version to open it; it has been left as it was.</source>
        <translation>Cafodd {name} ei chreu gan fersiwn mwy newydd o coprod-desktop. Gosodwch y fersiwn mwy newydd i&apos;w hagor; mae wedi&apos;i gadael fel yr oedd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/library.py" line="247"/>
        <source>Updating {name} would break {count} links between records; nothing was changed. Please report this.</source>
        <translation>Byddai diweddaru {name} yn torri {count} cysylltiad rhwng cofnodion; does dim byd wedi newid. Rhowch wybod am hyn, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/library.py" line="266"/>
        <location filename="../../coprod_desktop/db/server.py" line="208"/>
        <source>Updating {name} to this version failed ({why}); nothing was changed.</source>
        <translation>Methodd diweddaru {name} i&apos;r fersiwn hon ({why}); does dim byd wedi newid.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/lock.py" line="130"/>
        <source>This library is already open in another coprod-desktop window (process {pid} of {user} on {host}, since {since}). Close it there first, or open a copy.</source>
        <translation>Mae&apos;r llyfrgell hon ar agor yn barod mewn ffenestr coprod-desktop arall (proses {pid} gan {user} ar {host}, ers {since}). Caewch hi yno yn gyntaf, neu agorwch gopi.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/lock.py" line="137"/>
        <source>a user</source>
        <translation>defnyddiwr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/lock.py" line="143"/>
        <source>This library is already open in another coprod-desktop window. Close it there first, or open a copy.</source>
        <translation>Mae&apos;r llyfrgell hon ar agor yn barod mewn ffenestr coprod-desktop arall. Caewch hi yno yn gyntaf, neu agorwch gopi.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/lock.py" line="198"/>
        <source>Cannot open {name}: {why}.</source>
        <translation>Does dim modd agor {name}: {why}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/errors.py" line="56"/>
        <source>The disk is full, so that was not saved. Free some space, then try again.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly ni chadwyd hynny. Rhyddhewch ychydig o le, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/errors.py" line="60"/>
        <source>{name} is read-only, so nothing can be changed in it. Open a copy you can write to (File → Open library).</source>
        <translation>Dim ond darllen {name} y gellir ei wneud, felly ni ellir newid dim ynddi. Agorwch gopi y gallwch ysgrifennu iddo (Ffeil → Agor llyfrgell).</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/errors.py" line="65"/>
        <source>{name} could not be written (the drive may have been removed), so that was not saved. Check the drive, then try again.</source>
        <translation>Nid oedd modd ysgrifennu i {name} (efallai fod y gyriant wedi&apos;i dynnu allan), felly ni chadwyd hynny. Gwiriwch y gyriant, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/errors.py" line="70"/>
        <source>Another program is busy with {name}, so that was not saved. Try again in a moment.</source>
        <translation>Mae rhaglen arall yn defnyddio {name}, felly ni chadwyd hynny. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/errors.py" line="74"/>
        <source>{name} cannot be opened for writing (its folder may be read-only), so that was not saved.</source>
        <translation>Ni ellir agor {name} i ysgrifennu iddi (efallai mai dim ond darllen y ffolder y gellir ei wneud), felly ni chadwyd hynny.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/bad_text.py" line="56"/>
        <source>{name} holds text that is not valid UTF-8; the library may be damaged. A backup copy may still hold it whole.</source>
        <translation>Mae {name} yn cynnwys testun nad yw&apos;n UTF-8 dilys; efallai fod y llyfrgell wedi&apos;i difrodi. Efallai fod copi wrth gefn yn dal i&apos;w gadw&apos;n gyfan.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/bad_text.py" line="67"/>
        <source>{what} {id} holds text that is not valid UTF-8; the library may be damaged. A backup copy may still hold it whole.</source>
        <translation>Mae {what} {id} yn cynnwys testun nad yw&apos;n UTF-8 dilys; efallai fod y llyfrgell wedi&apos;i difrodi. Efallai fod copi wrth gefn yn dal i&apos;w gadw&apos;n gyfan.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/bad_text.py" line="76"/>
        <source>{what} {id} of workshop {workshop} holds text that is not valid UTF-8; the library may be damaged. A backup copy may still hold it whole.</source>
        <translation>Mae {what} {id} yng ngweithdy {workshop} yn cynnwys testun nad yw&apos;n UTF-8 dilys; efallai fod y llyfrgell wedi&apos;i difrodi. Efallai fod copi wrth gefn yn dal i&apos;w gadw&apos;n gyfan.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/errors.py" line="98"/>
        <source>The connection to {name} was lost, so that was not saved. Check the network, then try again.</source>
        <translation>Collwyd y cysylltiad â {name}, felly ni chadwyd hynny. Gwiriwch y rhwydwaith, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/location.py" line="81"/>
        <source>{text} is not a library address. A server library is written postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Nid yw {text} yn gyfeiriad llyfrgell. Ysgrifennir cyfeiriad llyfrgell ar weinydd fel postgresql://DEFNYDDIWR@GWESTEIWR:PORTH/CRONFADDATA.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/server.py" line="89"/>
        <source>The server of {name} asks for {user}&apos;s password, and none was given. Put it in ~/.pgpass or the system keyring, or type it when asked.</source>
        <translation>Mae gweinydd {name} yn gofyn am gyfrinair {user}, ac ni roddwyd un. Rhowch ef yn ~/.pgpass neu yng nghylch allweddi’r system, neu teipiwch ef pan ofynnir amdano.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/server.py" line="117"/>
        <source>The server of {name} refused the password for {user}. Nothing was changed.</source>
        <translation>Gwrthododd gweinydd {name} y cyfrinair ar gyfer {user}. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/server.py" line="129"/>
        <source>There is no database {database} on that server. Ask the archive&apos;s administrator to create it, or check the address.</source>
        <translation>Nid oes cronfa ddata {database} ar y gweinydd hwnnw. Gofynnwch i weinyddwr yr archif ei chreu, neu gwiriwch y cyfeiriad.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/server.py" line="139"/>
        <source>The server of {name} did not answer within {seconds} seconds. Check the address and the network, then try again.</source>
        <translation>Ni atebodd gweinydd {name} o fewn {seconds} eiliad. Gwiriwch y cyfeiriad a’r rhwydwaith, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/server.py" line="151"/>
        <source>Cannot reach the server of {name} ({why}). Check the address.</source>
        <translation>Methu cyrraedd gweinydd {name} ({why}). Gwiriwch y cyfeiriad.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/server.py" line="173"/>
        <source>{name} holds another program&apos;s tables, not a workshop library. It has been left as it was.</source>
        <translation>Mae {name} yn dal tablau rhaglen arall, nid llyfrgell gweithdai. Fe’i gadawyd fel yr oedd.</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <location filename="../../coprod_desktop/services/palette.py" line="9"/>
        <location filename="../../coprod_desktop/services/palette.py" line="22"/>
        <source>Orange</source>
        <translation>Oren</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/palette.py" line="10"/>
        <source>Sky blue</source>
        <translation>Glas golau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/palette.py" line="11"/>
        <location filename="../../coprod_desktop/services/palette.py" line="24"/>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/palette.py" line="12"/>
        <location filename="../../coprod_desktop/services/palette.py" line="25"/>
        <source>Pink</source>
        <translation>Pinc</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/palette.py" line="13"/>
        <location filename="../../coprod_desktop/services/palette.py" line="23"/>
        <source>Blue</source>
        <translation>Glas</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/palette.py" line="14"/>
        <source>Vermilion</source>
        <translation>Fermiliwn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/palette.py" line="15"/>
        <location filename="../../coprod_desktop/services/palette.py" line="21"/>
        <source>Yellow</source>
        <translation>Melyn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/palette.py" line="16"/>
        <location filename="../../coprod_desktop/services/palette.py" line="26"/>
        <source>Grey</source>
        <translation>Llwyd</translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <location filename="../../coprod_desktop/db/bad_text.py" line="27"/>
        <location filename="../../coprod_desktop/services/_common.py" line="24"/>
        <source>workshop</source>
        <translation>gweithdy</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/bad_text.py" line="28"/>
        <location filename="../../coprod_desktop/services/_common.py" line="25"/>
        <source>group</source>
        <translation>grŵp</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/bad_text.py" line="29"/>
        <location filename="../../coprod_desktop/services/_common.py" line="26"/>
        <source>participant</source>
        <translation>cyfranogwr</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/bad_text.py" line="30"/>
        <location filename="../../coprod_desktop/services/_common.py" line="27"/>
        <source>stage</source>
        <translation>cam</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/bad_text.py" line="31"/>
        <location filename="../../coprod_desktop/services/_common.py" line="28"/>
        <source>theme</source>
        <translation>thema</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/bad_text.py" line="32"/>
        <location filename="../../coprod_desktop/services/_common.py" line="29"/>
        <source>idea</source>
        <translation>syniad</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/bad_text.py" line="33"/>
        <location filename="../../coprod_desktop/services/_common.py" line="30"/>
        <source>voting round</source>
        <translation>rownd bleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/bad_text.py" line="34"/>
        <location filename="../../coprod_desktop/services/_common.py" line="31"/>
        <source>action</source>
        <translation>cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/bad_text.py" line="35"/>
        <location filename="../../coprod_desktop/services/_common.py" line="32"/>
        <source>note</source>
        <translation>nodyn</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/db/bad_text.py" line="64"/>
        <location filename="../../coprod_desktop/services/_common.py" line="37"/>
        <source>record</source>
        <translation>cofnod</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../coprod_desktop/services/_common.py" line="48"/>
        <source>That {what} no longer exists.</source>
        <translation>Dyw&apos;r {what} ddim yn bodoli bellach.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/_common.py" line="62"/>
        <source>That {what} belongs to another workshop.</source>
        <translation>Mae&apos;r {what} yn perthyn i weithdy arall.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/actions.py" line="84"/>
        <source>An action&apos;s status must be one of: {statuses}.</source>
        <translation>Rhaid i statws cam gweithredu fod yn un o&apos;r rhain: {statuses}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/actions.py" line="95"/>
        <source>An owner must fit on one line.</source>
        <translation>Rhaid i enw&apos;r perchennog ffitio ar un llinell.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/agenda.py" line="31"/>
        <source>Planned minutes must be a whole number from 0 to 1440.</source>
        <translation>Rhaid i&apos;r munudau a gynlluniwyd fod yn rhif cyfan rhwng 0 a 1440.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/agenda.py" line="130"/>
        <source>&quot;{title}&quot; has not been started.</source>
        <translation>Dyw &quot;{title}&quot; ddim wedi dechrau eto.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/board.py" line="39"/>
        <source>A theme name must fit on one line.</source>
        <translation>Rhaid i enw thema ffitio ar un llinell.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/board.py" line="42"/>
        <source>A theme name can be at most {limit} characters.</source>
        <translation>Gall enw thema fod yn {limit} nod ar y mwyaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/board.py" line="102"/>
        <location filename="../../coprod_desktop/services/board.py" line="123"/>
        <source>There is already a theme called &quot;{name}&quot;.</source>
        <translation>Mae thema o&apos;r enw &quot;{name}&quot; yn bod yn barod.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/board.py" line="456"/>
        <source>Choose at least two different ideas to merge.</source>
        <translation>Dewiswch o leiaf ddau syniad gwahanol i&apos;w cyfuno.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/board.py" line="463"/>
        <source>Ideas from different workshops cannot be merged.</source>
        <translation>Does dim modd cyfuno syniadau o weithdai gwahanol.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/board.py" line="468"/>
        <source>These ideas are on the open vote &quot;{question}&quot;; close it first.</source>
        <translation>Mae&apos;r syniadau hyn yn y bleidlais agored &quot;{question}&quot;; caewch hi yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/people.py" line="32"/>
        <source>The {what} must fit on one line.</source>
        <translation>{what}: rhaid i&apos;r testun ffitio ar un llinell.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/people.py" line="37"/>
        <source>The {what} is too long (at most {limit} characters).</source>
        <translation>{what}: mae&apos;r testun yn rhy hir ({limit} nod ar y mwyaf).</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/people.py" line="82"/>
        <source>There is already a group called &quot;{name}&quot;.</source>
        <translation>Mae grŵp o&apos;r enw &quot;{name}&quot; yn bod yn barod.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/people.py" line="216"/>
        <source>{name} is not a file of names; choose a CSV or text file.</source>
        <translation>Nid ffeil o enwau yw {name}; dewiswch ffeil CSV neu ffeil destun.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/people.py" line="229"/>
        <source>That file is too large to be a list of names (more than {most} MB).</source>
        <translation>Mae&apos;r ffeil honno&apos;n rhy fawr i fod yn rhestr o enwau (mwy na {most} MB).</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/people.py" line="246"/>
        <source>That file is not a list of names (it is not text). Save the list as CSV or plain text, then load it again.</source>
        <translation>Nid rhestr o enwau yw&apos;r ffeil honno (nid testun yw hi). Cadwch y rhestr fel CSV neu destun plaen, yna ei llwytho eto.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/people.py" line="312"/>
        <source>The list has {count} lines; at most {most} names can be added at once. Split it into shorter lists.</source>
        <translation>Mae gan y rhestr {count} llinell; gellir ychwanegu {most} enw ar y mwyaf ar unwaith. Rhannwch hi&apos;n rhestrau byrrach.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/people.py" line="348"/>
        <source>line {number}: no name</source>
        <translation>llinell {number}: dim enw</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/people.py" line="356"/>
        <source>line {number}: {problem}</source>
        <translation>llinell {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/people.py" line="373"/>
        <source>line {number}: &quot;{name}&quot; is already in the list</source>
        <translation>llinell {number}: mae &quot;{name}&quot; ar y rhestr yn barod</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/people.py" line="393"/>
        <source>line {number}: no group called &quot;{group}&quot; (did you mean &quot;{like}&quot;?)</source>
        <translation>llinell {number}: does dim grŵp o&apos;r enw &quot;{group}&quot; (oeddech chi&apos;n golygu &quot;{like}&quot;?)</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/people.py" line="401"/>
        <source>line {number}: no group called &quot;{group}&quot; (the groups are {groups})</source>
        <translation>llinell {number}: does dim grŵp o&apos;r enw &quot;{group}&quot; (y grwpiau yw {groups})</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/validation.py" line="26"/>
        <source>The {what} must be text.</source>
        <translation>{what}: rhaid rhoi testun.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/validation.py" line="31"/>
        <source>The {what} cannot be empty.</source>
        <translation>{what}: rhaid ysgrifennu rhywbeth.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/validation.py" line="36"/>
        <source>The {what} holds an invisible control character (U+{code:04X}); remove it.</source>
        <translation>{what}: mae nod rheoli anweledig yn y testun (U+{code:04X}); tynnwch y nod.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/validation.py" line="45"/>
        <source>The {what} is too long ({length:,} characters; at most {limit:,}).</source>
        <translation>{what}: mae&apos;r testun yn rhy hir ({length:,} nod; {limit:,} ar y mwyaf).</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/validation.py" line="62"/>
        <source>The {what} must look like #RRGGBB, not {value!r}.</source>
        <translation>{what}: rhaid defnyddio&apos;r ffurf #RRGGBB, nid {value!r}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="131"/>
        <source>A round votes on ideas or on themes.</source>
        <translation>Mae rownd yn pleidleisio ar syniadau neu ar themâu.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="134"/>
        <source>A round is a ballot on screen or a tally of sticker dots.</source>
        <translation>Mae rownd naill ai&apos;n bleidlais ar y sgrin neu&apos;n gyfrif o ddotiau sticer.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="141"/>
        <source>The dots per voter must be a whole number from 1 to {limit}.</source>
        <translation>Rhaid i nifer y dotiau i bob pleidleisiwr fod yn rhif cyfan rhwng 1 a {limit}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="147"/>
        <source>The most dots per item must be a whole number from 1 to {limit}.</source>
        <translation>Rhaid i&apos;r uchafswm o ddotiau ar un eitem fod yn rhif cyfan rhwng 1 a {limit}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="156"/>
        <source>The most dots per item cannot be more than the dots each voter has.</source>
        <translation>Does dim modd i&apos;r uchafswm o ddotiau ar un eitem fod yn fwy na&apos;r dotiau sydd gan bob pleidleisiwr.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="169"/>
        <source>That idea is not on this workshop&apos;s board.</source>
        <translation>Dyw&apos;r syniad hwnnw ddim ar fwrdd y gweithdy hwn.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="171"/>
        <source>That theme is not on this workshop&apos;s board.</source>
        <translation>Dyw&apos;r thema honno ddim ar fwrdd y gweithdy hwn.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="184"/>
        <source>Only this workshop&apos;s participants can vote in its rounds.</source>
        <translation>Dim ond cyfranogwyr y gweithdy hwn sy&apos;n gallu pleidleisio yn ei rowndiau.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="282"/>
        <source>A round cannot be changed once it has opened. Start a new round.</source>
        <translation>Does dim modd newid rownd ar ôl iddi agor. Dechreuwch rownd newydd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="316"/>
        <source>Close the round before deleting it.</source>
        <translation>Caewch y rownd cyn ei dileu.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="327"/>
        <source>This round is already open.</source>
        <translation>Mae&apos;r rownd hon ar agor yn barod.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="330"/>
        <source>This round has closed and cannot be reopened. Start a new round.</source>
        <translation>Mae&apos;r rownd hon wedi cau a does dim modd ei hailagor. Dechreuwch rownd newydd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="341"/>
        <source>There are no ideas to vote on yet.</source>
        <translation>Does dim syniadau i bleidleisio arnyn nhw eto.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="343"/>
        <source>There are no themes to vote on yet.</source>
        <translation>Does dim themâu i bleidleisio arnyn nhw eto.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="356"/>
        <source>Nobody can vote: add participants and mark who attended.</source>
        <translation>Does neb yn gallu pleidleisio: ychwanegwch gyfranogwyr a nodwch pwy oedd yn bresennol.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="370"/>
        <source>This round has not been opened yet.</source>
        <translation>Dyw&apos;r rownd hon ddim wedi agor eto.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="372"/>
        <source>This round is already closed.</source>
        <translation>Mae&apos;r rownd hon wedi cau yn barod.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="389"/>
        <source>That idea is not part of this vote.</source>
        <translation>Dyw&apos;r syniad hwnnw ddim yn rhan o&apos;r bleidlais hon.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="390"/>
        <source>That theme is not part of this vote.</source>
        <translation>Dyw&apos;r thema honno ddim yn rhan o&apos;r bleidlais hon.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="398"/>
        <source>Dots must be whole numbers of 0 or more.</source>
        <translation>Rhaid i&apos;r dotiau fod yn rhifau cyfan, 0 neu fwy.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="406"/>
        <source>At most 1 dot can go on one item in this round.</source>
        <translation>Dim ond 1 dot sy&apos;n gallu mynd ar un eitem yn y rownd hon.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="408"/>
        <source>At most {n} dots can go on one item in this round.</source>
        <translation>Dim ond {n} dot ar y mwyaf sy&apos;n gallu mynd ar un eitem yn y rownd hon.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="417"/>
        <source>That is {total} dots; each voter has {budget}.</source>
        <translation>Dyna {total} dot; mae gan bob pleidleisiwr {budget}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/recorded_rounds.py" line="68"/>
        <location filename="../../coprod_desktop/services/voting.py" line="437"/>
        <source>This round counts sticker dots; type in the tally instead.</source>
        <translation>Mae&apos;r rownd hon yn cyfrif dotiau sticer; teipiwch y cyfrif yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/recorded_rounds.py" line="74"/>
        <location filename="../../coprod_desktop/services/voting.py" line="441"/>
        <source>This round is voted on screen; it takes ballots, not a tally.</source>
        <translation>Mae&apos;r rownd hon yn cael ei phleidleisio ar y sgrin; mae&apos;n derbyn pleidleisiau, nid cyfrif.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/recorded_rounds.py" line="149"/>
        <source>The ballots do not match the register of who voted.</source>
        <translation>Nid yw&apos;r papurau pleidleisio&apos;n cyfateb i&apos;r gofrestr o bwy a bleidleisiodd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/recorded_rounds.py" line="65"/>
        <location filename="../../coprod_desktop/services/voting.py" line="446"/>
        <source>Voting has not opened yet.</source>
        <translation>Dyw&apos;r bleidlais ddim wedi agor eto.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="448"/>
        <source>Voting in this round has closed.</source>
        <translation>Mae&apos;r pleidleisio yn y rownd hon wedi cau.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="477"/>
        <source>That participant is not part of this workshop.</source>
        <translation>Dyw&apos;r cyfranogwr hwnnw ddim yn rhan o&apos;r gweithdy hwn.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/recorded_rounds.py" line="136"/>
        <location filename="../../coprod_desktop/services/voting.py" line="482"/>
        <source>{name} is not on the list of voters for this round.</source>
        <translation>Dyw {name} ddim ar y rhestr o bleidleiswyr ar gyfer y rownd hon.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/recorded_rounds.py" line="138"/>
        <location filename="../../coprod_desktop/services/voting.py" line="489"/>
        <location filename="../../coprod_desktop/services/voting.py" line="508"/>
        <source>{name} has already voted in this round.</source>
        <translation>Mae {name} wedi pleidleisio yn y rownd hon yn barod.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="521"/>
        <source>Each count must be a whole number of 0 or more.</source>
        <translation>Rhaid i bob cyfrif fod yn rhif cyfan, 0 neu fwy.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="525"/>
        <source>That count is too large to be a count of sticker dots.</source>
        <translation>Mae&apos;r cyfrif hwnnw&apos;n rhy fawr i fod yn gyfrif o ddotiau sticer.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="556"/>
        <source>This round is voted on screen; it has no tally.</source>
        <translation>Mae&apos;r rownd hon yn cael ei phleidleisio ar y sgrin; does dim cyfrif iddi.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="588"/>
        <source>Results stay hidden until the round is closed.</source>
        <translation>Mae&apos;r canlyniadau&apos;n aros yn gudd nes bod y rownd wedi cau.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="625"/>
        <source>A run-off can only follow a closed round.</source>
        <translation>Dim ond ar ôl rownd sydd wedi cau y gall ail bleidlais ddigwydd.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/voting.py" line="630"/>
        <source>There is no tie at the top, so no run-off is needed.</source>
        <translation>Does neb yn gyfartal ar y brig, felly does dim angen ail bleidlais.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/workshops.py" line="102"/>
        <source>The workshop date must be a date.</source>
        <translation>Rhaid i ddyddiad y gweithdy fod yn ddyddiad.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/workshops.py" line="108"/>
        <source>The workshop language must be English (en) or Welsh (cy).</source>
        <translation>Rhaid i iaith y gweithdy fod yn Saesneg (en) neu&apos;n Gymraeg (cy).</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/files.py" line="34"/>
        <source>{path} is a device, not a file; choose a file name to save to.</source>
        <translation>Dyfais yw {path}, nid ffeil; dewiswch enw ffeil i gadw iddi.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/files.py" line="38"/>
        <source>{path} is a pipe, not a file; choose a file name to save to.</source>
        <translation>Pibell yw {path}, nid ffeil; dewiswch enw ffeil i gadw iddi.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/files.py" line="42"/>
        <source>{path} is not an ordinary file; choose a file name to save to.</source>
        <translation>Nid ffeil gyffredin yw {path}; dewiswch enw ffeil i gadw iddi.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/files.py" line="93"/>
        <source>The folder {path} holds other files ({names}); give the name of a new folder, or a name ending in .zip.</source>
        <translation>Mae&apos;r ffolder {path} yn cynnwys ffeiliau eraill ({names}); rhowch enw ffolder newydd, neu enw sy&apos;n gorffen â .zip.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/action_register.py" line="84"/>
        <source>There is no action status “{status}”; use one of {choices}.</source>
        <translation>Does dim statws cam gweithredu “{status}”; defnyddiwch un o {choices}.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/publish.py" line="78"/>
        <source>{name} is the library the workshop is in; choose the organisation&apos;s archive.</source>
        <translation>{name} yw&apos;r llyfrgell y mae&apos;r gweithdy ynddi; dewiswch archif y sefydliad.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/publish.py" line="108"/>
        <source>Workshop {id} has no identity to publish under.</source>
        <translation>Nid oes gan weithdy {id} ddynodwr i&apos;w gyhoeddi dano.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/exports/publish.py" line="130"/>
        <source>The workshop could not be published: {why}. Nothing was written.</source>
        <translation>Nid oedd modd cyhoeddi&apos;r gweithdy: {why}. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/publish.py" line="78"/>
        <source>The round “{question}” is still open, so it is left out.</source>
        <translation>Mae&apos;r rownd “{question}” yn dal ar agor, felly caiff ei gadael allan.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/publish.py" line="82"/>
        <source>The round “{question}” has not been held, so it is left out.</source>
        <translation>Nid yw&apos;r rownd “{question}” wedi&apos;i chynnal, felly caiff ei gadael allan.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/publish.py" line="107"/>
        <source>One participant has not agreed to be named and is published as “{example}”.</source>
        <translation>Nid yw un cyfranogwr wedi cytuno i gael ei enwi, ac fe&apos;i cyhoeddir fel “{example}”.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/services/publish.py" line="112"/>
        <source>{count} participants have not agreed to be named and are published as “{example}” and so on.</source>
        <translation>Nid yw {count} o gyfranogwyr wedi cytuno i gael eu henwi, ac fe&apos;u cyhoeddir fel “{example}” ac ati.</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="39"/>
        <source>Co-design: Discover, Define, Develop, Deliver</source>
        <translation>Cyd-ddylunio: Darganfod, Diffinio, Datblygu, Darparu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="42"/>
        <source>Welcome and how we&apos;ll work</source>
        <translation>Croeso a sut y byddwn ni&apos;n gweithio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="43"/>
        <source>Everyone&apos;s experience counts the same here. What brings you today?</source>
        <translation>Mae profiad pawb yn cyfrif yr un fath yma. Beth sy&apos;n dod â chi yma heddiw?</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="50"/>
        <source>Discover</source>
        <translation>Darganfod</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="51"/>
        <source>What is it like to use this service now? What works, what doesn&apos;t?</source>
        <translation>Sut brofiad yw defnyddio&apos;r gwasanaeth hwn nawr? Beth sy&apos;n gweithio, a beth sydd ddim?</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="58"/>
        <source>Define</source>
        <translation>Diffinio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="59"/>
        <source>Looking at the themes: which problems matter most to fix?</source>
        <translation>Edrych ar y themâu: pa broblemau sydd bwysicaf eu datrys?</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="65"/>
        <source>Develop</source>
        <translation>Datblygu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="66"/>
        <source>How could we solve them? No idea is too small or too big.</source>
        <translation>Sut gallen ni eu datrys? Does dim syniad yn rhy fach nac yn rhy fawr.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="72"/>
        <source>Deliver</source>
        <translation>Darparu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="73"/>
        <source>Which ideas do we take forward, who does what, and by when?</source>
        <translation>Pa syniadau fydd yn mynd ymlaen, pwy sy&apos;n gwneud beth, ac erbyn pryd?</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="82"/>
        <source>Setting priorities together</source>
        <translation>Pennu blaenoriaethau gyda&apos;n gilydd</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="85"/>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="120"/>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="86"/>
        <source>Why we are here and how the choices will be made.</source>
        <translation>Pam rydyn ni yma a sut y bydd y dewisiadau&apos;n cael eu gwneud.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="90"/>
        <source>Gather the options</source>
        <translation>Casglu&apos;r opsiynau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="91"/>
        <source>What should be on the list? Add anything we have missed.</source>
        <translation>Beth ddylai fod ar y rhestr? Ychwanegwch unrhyw beth rydyn ni wedi&apos;i golli.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="97"/>
        <source>Group and clarify</source>
        <translation>Grwpio ac egluro</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="98"/>
        <source>Which options belong together? Is anything unclear?</source>
        <translation>Pa opsiynau sy&apos;n perthyn gyda&apos;i gilydd? Oes unrhyw beth yn aneglur?</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="104"/>
        <source>Vote</source>
        <translation>Pleidleisio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="105"/>
        <source>Place your dots on what matters most to you.</source>
        <translation>Rhowch eich dotiau ar yr hyn sydd bwysicaf i chi.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="109"/>
        <source>Agree what happens next</source>
        <translation>Cytuno beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="110"/>
        <source>The room&apos;s choices: who takes each one forward?</source>
        <translation>Dewisiadau&apos;r ystafell: pwy sy&apos;n mynd â phob un ymlaen?</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="117"/>
        <source>Service review: what works, what doesn&apos;t, ideas</source>
        <translation>Adolygu gwasanaeth: beth sy&apos;n gweithio, beth sydd ddim, syniadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="121"/>
        <source>Thank you for coming. Everything said here shapes the service.</source>
        <translation>Diolch am ddod. Mae popeth sy&apos;n cael ei ddweud yma yn siapio&apos;r gwasanaeth.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="127"/>
        <source>What works</source>
        <translation>Beth sy&apos;n gweithio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="128"/>
        <source>What is good about the service today? What should we keep?</source>
        <translation>Beth sy&apos;n dda am y gwasanaeth heddiw? Beth ddylen ni ei gadw?</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="134"/>
        <source>What doesn&apos;t work</source>
        <translation>Beth sydd ddim yn gweithio</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="135"/>
        <source>Where does it let you down? Tell us about a time it went wrong.</source>
        <translation>Ble mae&apos;n eich siomi chi? Dywedwch wrthon ni am adeg pan aeth pethau o chwith.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="141"/>
        <source>Ideas</source>
        <translation>Syniadau</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="142"/>
        <source>What would make it better? Big or small.</source>
        <translation>Beth fyddai&apos;n ei wella? Mawr neu fach.</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="146"/>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/library/templates.py" line="147"/>
        <source>What will we do, who will do it, and when will you hear back?</source>
        <translation>Beth fyddwn ni&apos;n ei wneud, pwy fydd yn ei wneud, a phryd fyddwch chi&apos;n clywed yn ôl?</translation>
    </message>
</context>
<context>
    <name>timer</name>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/timer.py" line="33"/>
        <source>Over time by {n} min</source>
        <translation>Dros amser o {n} mun</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/timer.py" line="35"/>
        <source>Over time</source>
        <translation>Dros amser</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/timer.py" line="42"/>
        <source>{n} min left</source>
        <translation>{n} mun ar ôl</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/timer.py" line="44"/>
        <source>Less than a minute left</source>
        <translation>Llai na munud ar ôl</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/timer.py" line="46"/>
        <source>Time is up</source>
        <translation>Mae&apos;r amser ar ben</translation>
    </message>
    <message>
        <location filename="../../coprod_desktop/ui/agenda/timer.py" line="48"/>
        <source>{text} (paused)</source>
        <translation>{text} (wedi oedi)</translation>
    </message>
</context>
</TS>

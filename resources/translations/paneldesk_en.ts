<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BenchmarkFiles</name>
    <message numerus="yes">
        <source>%n task(s) of the file are not mapped and are ignored: %1</source>
        <translation>
            <numerusform>%n task of the file is not mapped and is ignored: %1</numerusform>
            <numerusform>%n tasks of the file are not mapped and are ignored: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionReport</name>
    <message numerus="yes">
        <source>%n benchmark group(s)</source>
        <translation>
            <numerusform>%n benchmark group</numerusform>
            <numerusform>%n benchmark groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut: %1. Tie-break: %2. Appeals: %n day(s) after the announcement.</source>
        <translation>
            <numerusform>Cut: %1. Tie-break: %2. Appeals: %n day after the announcement.</numerusform>
            <numerusform>Cut: %1. Tie-break: %2. Appeals: %n days after the announcement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scores are shown rounded half away from zero to %n decimal(s); averages over teams with one more.</source>
        <translation>
            <numerusform>Scores are shown rounded half away from zero to %n decimal; averages over teams with one more.</numerusform>
            <numerusform>Scores are shown rounded half away from zero to %n decimals; averages over teams with one more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average of %n team(s)</source>
        <translation>
            <numerusform>Average of %n team</numerusform>
            <numerusform>Average of %n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean without the %n highest and %n lowest total(s)</source>
        <translation>
            <numerusform>mean without the %n highest and %n lowest total</numerusform>
            <numerusform>mean without the %n highest and %n lowest totals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportIssues</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message numerus="yes">
        <source>a passphrase needs at least %n characters</source>
        <translation>
            <numerusform>a passphrase needs at least %n characters</numerusform>
            <numerusform>a passphrase needs at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a passphrase can have at most %n characters</source>
        <translation>
            <numerusform>a passphrase can have at most %n characters</numerusform>
            <numerusform>a passphrase can have at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message numerus="yes">
        <source>P4: the hidden units of %n block(s) keep the reference&apos;s order (phi_U, combined -log10 p = %1, above the threshold %2).</source>
        <translation>
            <numerusform>P4: the hidden units of %n block keep the reference&apos;s order (phi_U, combined -log10 p = %1, above the threshold %2).</numerusform>
            <numerusform>P4: the hidden units of %n blocks keep the reference&apos;s order (phi_U, combined -log10 p = %1, above the threshold %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>P4: the up and gate (or down) projections of %n block(s) are matched to the reference by the same permutation (phi_GU, combined -log10 p = %1, above the threshold %2).</source>
        <translation>
            <numerusform>P4: the up and gate (or down) projections of %n block are matched to the reference by the same permutation (phi_GU, combined -log10 p = %1, above the threshold %2).</numerusform>
            <numerusform>P4: the up and gate (or down) projections of %n blocks are matched to the reference by the same permutation (phi_GU, combined -log10 p = %1, above the threshold %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) correlate with the reference (centred r &gt;= %1) while no control does, for example %2; P4 gives -log10 p = %3, below the threshold %4.</source>
        <translation>
            <numerusform>%n tensor correlates with the reference (centred r &gt;= %1) while no control does, for example %2; P4 gives -log10 p = %3, below the threshold %4.</numerusform>
            <numerusform>%n tensors correlate with the reference (centred r &gt;= %1) while no control does, for example %2; P4 gives -log10 p = %3, below the threshold %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>P4 (the MLP tests, %n block(s)): -log10 p = %1 for phi_U and %2 for phi_GU.</source>
        <translation>
            <numerusform>P4 (the MLP tests, %n block): -log10 p = %1 for phi_U and %2 for phi_GU.</numerusform>
            <numerusform>P4 (the MLP tests, %n blocks): -log10 p = %1 for phi_U and %2 for phi_GU.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>P3 (similarity, %n tensor(s) compared by name and shape):</source>
        <translation>
            <numerusform>P3 (similarity, %n tensor compared by name and shape):</numerusform>
            <numerusform>P3 (similarity, %n tensors compared by name and shape):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n constant tensor(s) left out: they match any constant and prove nothing.</source>
        <translation>
            <numerusform>%n constant tensor left out: it matches any constant and proves nothing.</numerusform>
            <numerusform>%n constant tensors left out: they match any constant and prove nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message numerus="yes">
        <source>round %1 holds %n decision version(s): its user ratings are part of their inputs and can no longer change</source>
        <translation>
            <numerusform>round %1 holds %n decision version: its user ratings are part of its inputs and can no longer change</numerusform>
            <numerusform>round %1 holds %n decision versions: its user ratings are part of their inputs and can no longer change</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>expected %n file argument(s) (see --help)</source>
        <translation>
            <numerusform>expected %n file argument (see --help)</numerusform>
            <numerusform>expected %n file arguments (see --help)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left after today</source>
        <translation>
            <numerusform>%n day left after today</numerusform>
            <numerusform>%n days left after today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing imported (%n problem(s))</source>
        <translation>
            <numerusform>%1: nothing imported (%n problem)</numerusform>
            <numerusform>%1: nothing imported (%n problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) to write, %1 unchanged</source>
        <translation>
            <numerusform>%n result to write, %1 unchanged</numerusform>
            <numerusform>%n results to write, %1 unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n result(s) from %1</source>
        <translation>
            <numerusform>imported %n result from %1</numerusform>
            <numerusform>imported %n results from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paneldesk-cli member passphrase: sets a new passphrase for a member (the member themselves, the chair or the secretariat, signed in with --as). Standard input gives the passphrase of --as first (unless --passphrase-file), then the new one (at least %n characters).</source>
        <translation>
            <numerusform>paneldesk-cli member passphrase: sets a new passphrase for a member (the member themselves, the chair or the secretariat, signed in with --as). Standard input gives the passphrase of --as first (unless --passphrase-file), then the new one (at least %n character).</numerusform>
            <numerusform>paneldesk-cli member passphrase: sets a new passphrase for a member (the member themselves, the chair or the secretariat, signed in with --as). Standard input gives the passphrase of --as first (unless --passphrase-file), then the new one (at least %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--as %1: too many failed sign-ins; wait %n second(s) and try again</source>
        <translation>
            <numerusform>--as %1: too many failed sign-ins; wait %n second and try again</numerusform>
            <numerusform>--as %1: too many failed sign-ins; wait %n seconds and try again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deployed the panel as database %1 with %n member login(s)</source>
        <translation>
            <numerusform>deployed the panel as database %1 with %n member login</numerusform>
            <numerusform>deployed the panel as database %1 with %n member logins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paneldesk-cli member add: adds a member to the panel (the chair or the secretariat, signed in with --as; only the chair adds a chair). Standard input gives the passphrase of --as first (unless --passphrase-file), then the new member&apos;s passphrase (at least %n characters); only its Argon2id hash is stored. On a server, the new member gets a login role with a random initial password instead, printed once with how to connect.</source>
        <translation>
            <numerusform>paneldesk-cli member add: adds a member to the panel (the chair or the secretariat, signed in with --as; only the chair adds a chair). Standard input gives the passphrase of --as first (unless --passphrase-file), then the new member&apos;s passphrase (at least %n character); only its Argon2id hash is stored. On a server, the new member gets a login role with a random initial password instead, printed once with how to connect.</numerusform>
            <numerusform>paneldesk-cli member add: adds a member to the panel (the chair or the secretariat, signed in with --as; only the chair adds a chair). Standard input gives the passphrase of --as first (unless --passphrase-file), then the new member&apos;s passphrase (at least %n characters); only its Argon2id hash is stored. On a server, the new member gets a login role with a random initial password instead, printed once with how to connect.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n file(s), %3 bytes</source>
        <translation>
            <numerusform>%1: %2, %n file, %3 bytes</numerusform>
            <numerusform>%1: %2, %n files, %3 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::AgreementPage</name>
    <message numerus="yes">
        <source>From %n submitted sheet(s); W and ICC use the experts who scored every team of the table: %1 expert(s) × %2 team(s).</source>
        <translation>
            <numerusform>From %n submitted sheet; W and ICC use the experts who scored every team of the table: %1 expert(s) × %2 team(s).</numerusform>
            <numerusform>From %n submitted sheets; W and ICC use the experts who scored every team of the table: %1 expert(s) × %2 team(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::BenchmarkPreviewDialog</name>
    <message numerus="yes">
        <source>The file cannot be imported: %n problem(s). Nothing will be written.</source>
        <translation>
            <numerusform>The file cannot be imported: %n problem. Nothing will be written.</numerusform>
            <numerusform>The file cannot be imported: %n problems. Nothing will be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) will be written, %1 unchanged.%2</source>
        <translation>
            <numerusform>%n result will be written, %1 unchanged.%2</numerusform>
            <numerusform>%n results will be written, %1 unchanged.%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n benchmark result(s) from %1.</source>
        <translation>
            <numerusform>Imported %n benchmark result from %1.</numerusform>
            <numerusform>Imported %n benchmark results from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ComponentTableModel</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::DecisionPage</name>
    <message numerus="yes">
        <source>Appeal window open until the end of %1: %n more day(s) after today.</source>
        <translation>
            <numerusform>Appeal window open until the end of %1: %n more day after today.</numerusform>
            <numerusform>Appeal window open until the end of %1: %n more days after today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appeal(s) await a ruling.</source>
        <translation>
            <numerusform>%n appeal awaits a ruling.</numerusform>
            <numerusform>%n appeals await a ruling.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day the decision is announced. The appeal window closes at the end of that day plus %n day(s); the version cannot be changed afterwards.</source>
        <translation>
            <numerusform>The day the decision is announced. The appeal window closes at the end of that day plus %n day; the version cannot be changed afterwards.</numerusform>
            <numerusform>The day the decision is announced. The appeal window closes at the end of that day plus %n days; the version cannot be changed afterwards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::FindingsPage</name>
    <message numerus="yes">
        <source>Remove the component &quot;%1&quot; and its %n note(s)?</source>
        <translation>
            <numerusform>Remove the component &quot;%1&quot; and its %n note?</numerusform>
            <numerusform>Remove the component &quot;%1&quot; and its %n notes?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ImportFlows</name>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s).</source>
        <translation>
            <numerusform>%1 was not imported: %n problem.</numerusform>
            <numerusform>%1 was not imported: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ImportProblemsDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Nothing was imported&lt;/b&gt; from %1: the file has %n problem(s).</source>
        <translation>
            <numerusform>&lt;b&gt;Nothing was imported&lt;/b&gt; from %1: the file has %n problem.</numerusform>
            <numerusform>&lt;b&gt;Nothing was imported&lt;/b&gt; from %1: the file has %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::NextRoundDialog</name>
    <message numerus="yes">
        <source> team(s)</source>
        <extracomment>the suffix of the cut&apos;s number of teams (&quot;Eliminate the last 1 team&quot;)</extracomment>
        <translation>
            <numerusform> team</numerusform>
            <numerusform> teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) will take part: %1</source>
        <translation>
            <numerusform>%n team will take part: %1</numerusform>
            <numerusform>%n teams will take part: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be eliminated on score</source>
        <translation>
            <numerusform>%n will be eliminated on score</numerusform>
            <numerusform>%n will be eliminated on score</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ProgressPage</name>
    <message numerus="yes">
        <source>Submitted %1 of %2 expected sheets; %n missing.</source>
        <translation>
            <numerusform>Submitted %1 of %2 expected sheets; %n missing.</numerusform>
            <numerusform>Submitted %1 of %2 expected sheets; %n missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SensitivityPage</name>
    <message numerus="yes">
        <source>Under this scenario %n team(s) change outcome (highlighted).</source>
        <translation>
            <numerusform>Under this scenario %n team changes outcome (highlighted).</numerusform>
            <numerusform>Under this scenario %n teams change outcome (highlighted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave one expert out: leaving out any one of the %n expert(s) changes no outcome.</source>
        <translation>
            <numerusform>Leave one expert out: leaving out any one of the %n expert changes no outcome.</numerusform>
            <numerusform>Leave one expert out: leaving out any one of the %n experts changes no outcome.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SignInDialog</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::StandingsPage</name>
    <message numerus="yes">
        <source>Averages over %n team(s): total %1; </source>
        <translation>
            <numerusform>Averages over %n team: total %1; </numerusform>
            <numerusform>Averages over %n teams: total %1; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expert scores of %n team(s) are hidden until you submit your own sheet for them; totals, averages and outcomes are not shown.</source>
        <translation>
            <numerusform>Expert scores of %n team are hidden until you submit your own sheet for it; totals, averages and outcomes are not shown.</numerusform>
            <numerusform>Expert scores of %n teams are hidden until you submit your own sheets for them; totals, averages and outcomes are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) in the round.</source>
        <translation>
            <numerusform>%n team in the round.</numerusform>
            <numerusform>%n teams in the round.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::WriteWaitPrompt</name>
    <message numerus="yes">
        <source>Waiting for another PanelDesk (%1)…
PanelDesk waits up to %n second(s), then gives up without saving anything.</source>
        <translation>
            <numerusform>Waiting for another PanelDesk (%1)…
PanelDesk waits up to %n second, then gives up without saving anything.</numerusform>
            <numerusform>Waiting for another PanelDesk (%1)…
PanelDesk waits up to %n seconds, then gives up without saving anything.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MessageCatalogue</name>
    <message numerus="yes">
        <source>%n server(s) answer differently from your resolver.</source>
        <translation>
            <numerusform>%n server answers differently from your resolver.</numerusform>
            <numerusform>%n servers answer differently from your resolver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n certificates, latest %2; %3)</source>
        <translation>
            <numerusform>%1 (%n certificate, latest %2; %3)</numerusform>
            <numerusform>%1 (%n certificates, latest %2; %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the answer were left out (no issuer or date, dated in the future, or for other names).</source>
        <translation>
            <numerusform>%n entry of the answer was left out (no issuer or date, dated in the future, or for other names).</numerusform>
            <numerusform>%n entries of the answer were left out (no issuer or date, dated in the future, or for other names).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No certificate for this name from the last %n days.</source>
        <translation>
            <numerusform>No certificate for this name from the last day.</numerusform>
            <numerusform>No certificate for this name from the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more issuers, with older certificates.</source>
        <translation>
            <numerusform>And %n more issuer, with older certificates.</numerusform>
            <numerusform>And %n more issuers, with older certificates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>%n may issue</source>
        <translation>
            <numerusform>%n may issue</numerusform>
            <numerusform>%n may issue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will refuse</source>
        <translation>
            <numerusform>%n will refuse</numerusform>
            <numerusform>%n will refuse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot tell</source>
        <translation>
            <numerusform>%n cannot tell</numerusform>
            <numerusform>%n cannot tell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not a name</source>
        <translation>
            <numerusform>%n is not a name</numerusform>
            <numerusform>%n are not names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n name</numerusform>
            <numerusform>%n names</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caa::BatchPage</name>
    <message numerus="yes">
        <source>%n name(s) from %1, checked for %2 in live DNS (%3); each name&apos;s nameservers are asked too, as in a check of one name.</source>
        <translation>
            <numerusform>%n name from %1, checked for %2 in live DNS (%3); its nameservers are asked too, as in a check of one name.</numerusform>
            <numerusform>%n names from %1, checked for %2 in live DNS (%3); each name&apos;s nameservers are asked too, as in a check of one name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not a name</source>
        <translation>
            <numerusform>%n is not a name</numerusform>
            <numerusform>%n are not names</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caa::DiagnosisPage</name>
    <message numerus="yes">
        <source>%n edit(s) to the zone files, not saved yet.</source>
        <translation>
            <numerusform>%n edit to the zone files, not saved yet.</numerusform>
            <numerusform>%n edits to the zone files, not saved yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the certificate in use from %1 (%n damaged blocks skipped).</source>
        <translation>
            <numerusform>Read the certificate in use from %1 (%n damaged block skipped).</numerusform>
            <numerusform>Read the certificate in use from %1 (%n damaged blocks skipped).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caa::MainWindow</name>
    <message numerus="yes">
        <source>The zone files have %n unsaved edit(s). Save them before closing?</source>
        <translation>
            <numerusform>The zone files have %n unsaved edit. Save it before closing?</numerusform>
            <numerusform>The zone files have %n unsaved edits. Save them before closing?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s)).</source>
        <translation>
            <numerusform>Exported %1 (%n page).</numerusform>
            <numerusform>Exported %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The zone files have %n unsaved edit(s). Save them before opening other files?</source>
        <translation>
            <numerusform>The zone files have %n unsaved edit. Save it before opening other files?</numerusform>
            <numerusform>The zone files have %n unsaved edits. Save them before opening other files?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caa::ZoneSession</name>
    <message numerus="yes">
        <source>With %n unsaved edit(s): the verdicts are of the edited text, the SHA-256 of the file on disk.</source>
        <translation>
            <numerusform>With %n unsaved edit: the verdicts are of the edited text, the SHA-256 of the file on disk.</numerusform>
            <numerusform>With %n unsaved edits: the verdicts are of the edited text, the SHA-256 of the file on disk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) have no CAA records at or above them in these files: their verdicts depend on zones not loaded, and they are not listed.</source>
        <translation>
            <numerusform>%n name has no CAA records at or above it in these files: its verdict depends on zones not loaded, and it is not listed.</numerusform>
            <numerusform>%n names have no CAA records at or above them in these files: their verdicts depend on zones not loaded, and they are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caa::ZoneWorkspacePage</name>
    <message numerus="yes">
        <source>%n name(s) under a CAA set in %1</source>
        <translation>
            <numerusform>%n name under a CAA set in %1</numerusform>
            <numerusform>%n names under a CAA set in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) without CAA in these files (their parent zones decide)</source>
        <translation>
            <numerusform>%n name without CAA in these files (its parent zones decide)</numerusform>
            <numerusform>%n names without CAA in these files (their parent zones decide)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved edit(s)</source>
        <translation>
            <numerusform>%n unsaved edit</numerusform>
            <numerusform>%n unsaved edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changed on disk since it was opened. Reload it to see the new version (your %n unsaved edit(s) would be dropped), or keep your version and save it with Save As.</source>
        <translation>
            <numerusform>%1 changed on disk since it was opened. Reload it to see the new version (your %n unsaved edit would be dropped), or keep your version and save it with Save As.</numerusform>
            <numerusform>%1 changed on disk since it was opened. Reload it to see the new version (your %n unsaved edits would be dropped), or keep your version and save it with Save As.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n quick fix(es)</source>
        <translation>
            <numerusform>Apply %n quick fix</numerusform>
            <numerusform>Apply %n quick fixes</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>MessageCatalogue</name>
    <message>
        <source>waiting for the answer</source>
        <translation>wartet auf Antwort</translation>
    </message>
    <message>
        <source>1 CAA record</source>
        <translation>1 CAA-Eintrag</translation>
    </message>
    <message>
        <source>%1 CAA records</source>
        <translation>%1 CAA-Einträge</translation>
    </message>
    <message>
        <source>TTL %1</source>
        <translation>TTL %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not consulted: a closer name decided</source>
        <translation>nicht berücksichtigt: ein näherer Name entschied</translation>
    </message>
    <message>
        <source>trailing dot: not allowed in CAA issuer names</source>
        <translation>Punkt am Ende: in CAA-Ausstellernamen nicht erlaubt</translation>
    </message>
    <message>
        <source>letter case: Let&apos;s Encrypt compares exactly</source>
        <translation>Groß-/Kleinschreibung: Let&apos;s Encrypt vergleicht exakt</translation>
    </message>
    <message>
        <source>quote characters inside the value</source>
        <translation>Anführungszeichen im Wert</translation>
    </message>
    <message>
        <source>white space inside the name</source>
        <translation>Leerraum im Namen</translation>
    </message>
    <message>
        <source>a whole record pasted into the value</source>
        <translation>ganzer Eintrag in den Wert eingefügt</translation>
    </message>
    <message>
        <source>not a known CA identifier: a typo?</source>
        <translation>keine bekannte CA-Kennung: Tippfehler?</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>a parameter is not written as tag=value</source>
        <translation>ein Parameter hat nicht die Form tag=value</translation>
    </message>
    <message>
        <source>a parameter has no tag before &apos;=&apos;</source>
        <translation>einem Parameter fehlt das Tag vor &apos;=&apos;</translation>
    </message>
    <message>
        <source>a parameter tag contains a character other than letters and digits</source>
        <translation>ein Parameter-Tag enthält andere Zeichen als Buchstaben und Ziffern</translation>
    </message>
    <message>
        <source>a parameter tag contains &apos;-&apos;, which RFC 8659 allows but Let&apos;s Encrypt rejects</source>
        <translation>ein Parameter-Tag enthält &apos;-&apos;, was RFC 8659 erlaubt, Let&apos;s Encrypt aber ablehnt</translation>
    </message>
    <message>
        <source>a parameter value contains a space, &apos;;&apos; or a non-ASCII character</source>
        <translation>ein Parameterwert enthält ein Leerzeichen, &apos;;&apos; oder ein Nicht-ASCII-Zeichen</translation>
    </message>
    <message>
        <source>the value ends with &apos;;&apos; after the last parameter</source>
        <translation>der Wert endet nach dem letzten Parameter mit &apos;;&apos;</translation>
    </message>
    <message>
        <source>the value has an empty parameter (&apos;;;&apos;)</source>
        <translation>der Wert enthält einen leeren Parameter (&apos;;;&apos;)</translation>
    </message>
    <message>
        <source>the value does not follow the RFC 8659 grammar</source>
        <translation>der Wert entspricht nicht der Grammatik von RFC 8659</translation>
    </message>
    <message>
        <source>the CA</source>
        <translation>die CA</translation>
    </message>
    <message>
        <source>No CAA records on {name} or any parent name: every CA may issue.</source>
        <translation>Keine CAA-Einträge bei {name} oder einem übergeordneten Namen: Jede CA darf ausstellen.</translation>
    </message>
    <message>
        <source>The CAA records at {name} have no property that restricts this request, so {ca} may issue.</source>
        <translation>Die CAA-Einträge bei {name} enthalten keine Eigenschaft, die diese Anfrage einschränkt; {ca} darf also ausstellen.</translation>
    </message>
    <message>
        <source>The CAA records at {name} allow {ca}.</source>
        <translation>Die CAA-Einträge bei {name} erlauben {ca}.</translation>
    </message>
    <message>
        <source>The value is &quot;{found}&quot; with a final dot. CAA issuer names are not DNS names with a root dot; {ca} compares the text exactly, so the record does not match. Write &quot;{expected}&quot; without the dot.</source>
        <translation>Der Wert ist &quot;{found}&quot; mit abschließendem Punkt. CAA-Ausstellernamen sind keine DNS-Namen mit Wurzelpunkt; {ca} vergleicht den Text exakt, daher passt der Eintrag nicht. Schreiben Sie &quot;{expected}&quot; ohne Punkt.</translation>
    </message>
    <message>
        <source>The value &quot;{found}&quot; differs from &quot;{expected}&quot; only in letter case. {ca} compares the text exactly; write it in lower case: &quot;{expected}&quot;.</source>
        <translation>Der Wert &quot;{found}&quot; unterscheidet sich von &quot;{expected}&quot; nur in der Groß-/Kleinschreibung. {ca} vergleicht den Text exakt; schreiben Sie ihn klein: &quot;{expected}&quot;.</translation>
    </message>
    <message>
        <source>The value &quot;{found}&quot; contains quote characters, so the CA sees them as part of the name. Your DNS panel probably added its own quotes. Enter the value without quotes: {expected}.</source>
        <translation>Der Wert &quot;{found}&quot; enthält Anführungszeichen, die die CA als Teil des Namens ansieht. Vermutlich hat Ihre DNS-Oberfläche eigene Anführungszeichen hinzugefügt. Geben Sie den Wert ohne Anführungszeichen ein: {expected}.</translation>
    </message>
    <message>
        <source>The value &quot;{found}&quot; contains white space inside the name. Enter &quot;{expected}&quot; with no spaces or line breaks.</source>
        <translation>Der Wert &quot;{found}&quot; enthält Leerraum im Namen. Geben Sie &quot;{expected}&quot; ohne Leerzeichen oder Zeilenumbrüche ein.</translation>
    </message>
    <message>
        <source>A whole CAA record was typed into the value field (&quot;{found}&quot;). Enter only the CA&apos;s domain: {expected}, with flags 0 and tag issue in their own fields.</source>
        <translation>Ein ganzer CAA-Eintrag wurde in das Wertfeld eingegeben (&quot;{found}&quot;). Geben Sie nur die Domain der CA ein: {expected}, mit Flags 0 und Tag issue in eigenen Feldern.</translation>
    </message>
    <message>
        <source>&quot;{found}&quot; is not an identifier any CA recognises. Did you mean &quot;{nearest}&quot;?</source>
        <translation>&quot;{found}&quot; ist keine Kennung, die eine CA anerkennt. Meinten Sie &quot;{nearest}&quot;?</translation>
    </message>
    <message>
        <source>&quot;{found}&quot; is not the identifier of any CA in the CCADB list, so no public CA matches it.</source>
        <translation>&quot;{found}&quot; ist keine Kennung einer CA aus der CCADB-Liste, daher passt keine öffentliche CA dazu.</translation>
    </message>
    <message>
        <source>The CAA records at {name} only allow {listed}. Add {name}. CAA 0 {tag} &quot;{expected}&quot; next to them, or remove all CAA records at {name} if you do not want to restrict CAs.</source>
        <translation>Die CAA-Einträge bei {name} erlauben nur {listed}. Fügen Sie {name}. CAA 0 {tag} &quot;{expected}&quot; daneben hinzu oder entfernen Sie alle CAA-Einträge bei {name}, wenn Sie CAs nicht einschränken möchten.</translation>
    </message>
    <message>
        <source>This {tag} record (&quot;;&quot;) allows no CA at all.</source>
        <translation>Dieser {tag}-Eintrag (&quot;;&quot;) erlaubt überhaupt keine CA.</translation>
    </message>
    <message>
        <source>The {tag} records at {name} forbid every CA (&quot;;&quot;). Replace them with {tag} &quot;{expected}&quot;.</source>
        <translation>Die {tag}-Einträge bei {name} verbieten jede CA (&quot;;&quot;). Ersetzen Sie sie durch {tag} &quot;{expected}&quot;.</translation>
    </message>
    <message>
        <source>For a wildcard name only the issuewild records at {name} count, and they do not allow {ca}. Add {name}. CAA 0 issuewild &quot;{expected}&quot;, or remove the issuewild records so that issue applies.</source>
        <translation>Für einen Wildcard-Namen zählen nur die issuewild-Einträge bei {name}, und diese erlauben {ca} nicht. Fügen Sie {name}. CAA 0 issuewild &quot;{expected}&quot; hinzu oder entfernen Sie die issuewild-Einträge, damit issue gilt.</translation>
    </message>
    <message>
        <source>An issue record at {name} allows {ca}, but for a wildcard name the issuewild records replace the issue records.</source>
        <translation>Ein issue-Eintrag bei {name} erlaubt {ca}, aber für einen Wildcard-Namen ersetzen die issuewild-Einträge die issue-Einträge.</translation>
    </message>
    <message>
        <source>For a wildcard name the issuewild records at {name} replace the issue records.</source>
        <translation>Für einen Wildcard-Namen ersetzen die issuewild-Einträge bei {name} die issue-Einträge.</translation>
    </message>
    <message>
        <source>{name} has issuewild records but no issue record: they restrict only wildcard certificates, and any CA may issue for {name} itself. Add an issue record if that is not intended.</source>
        <translation>{name} hat issuewild-Einträge, aber keinen issue-Eintrag: Diese schränken nur Wildcard-Zertifikate ein, und jede CA darf für {name} selbst ausstellen. Fügen Sie einen issue-Eintrag hinzu, falls das nicht beabsichtigt ist.</translation>
    </message>
    <message>
        <source>The record &quot;{flags} {tag} ...&quot; is marked critical and {ca} does not understand the tag &quot;{tag}&quot;, so it must refuse.</source>
        <translation>Der Eintrag &quot;{flags} {tag} ...&quot; ist als kritisch markiert und {ca} versteht das Tag &quot;{tag}&quot; nicht, muss die Ausstellung also verweigern.</translation>
    </message>
    <message>
        <source>Did you mean &quot;{meant}&quot;?</source>
        <translation>Meinten Sie &quot;{meant}&quot;?</translation>
    </message>
    <message>
        <source>Set the flags to 0 or correct the tag.</source>
        <translation>Setzen Sie die Flags auf 0 oder korrigieren Sie das Tag.</translation>
    </message>
    <message>
        <source>Flags value 1 is not the critical bit (that is 128), but {ca} treats 1 as critical too, because many people set it by mistake.</source>
        <translation>Der Flags-Wert 1 ist nicht das Critical-Bit (das ist 128), aber {ca} behandelt auch 1 als kritisch, weil viele ihn versehentlich setzen.</translation>
    </message>
    <message>
        <source>The parameters of this record are malformed at &quot;{text}&quot;: {problem}. The CA ignores the whole record.</source>
        <translation>Die Parameter dieses Eintrags sind bei &quot;{text}&quot; fehlerhaft: {problem}. Die CA ignoriert den gesamten Eintrag.</translation>
    </message>
    <message>
        <source>The parameter &quot;{tag}&quot; should be written &quot;{expected}&quot;. Let&apos;s Encrypt currently ignores it because of the capitals, so the restriction is not enforced; this is expected to change (Boulder #8614).</source>
        <translation>Der Parameter &quot;{tag}&quot; sollte &quot;{expected}&quot; geschrieben werden. Let&apos;s Encrypt ignoriert ihn derzeit wegen der Großbuchstaben, daher wird die Einschränkung nicht durchgesetzt; das soll sich ändern (Boulder #8614).</translation>
    </message>
    <message>
        <source>This record only allows the ACME account {allowed}; your account is {account}. Add a second record for your account (and one for the staging account if you test with --dry-run).</source>
        <translation>Dieser Eintrag erlaubt nur das ACME-Konto {allowed}; Ihr Konto ist {account}. Fügen Sie einen zweiten Eintrag für Ihr Konto hinzu (und einen für das Staging-Konto, wenn Sie mit --dry-run testen).</translation>
    </message>
    <message>
        <source>This record has more than one accounturi parameter, which makes it unsatisfiable. Publish one record per account instead.</source>
        <translation>Dieser Eintrag hat mehr als einen accounturi-Parameter und ist damit unerfüllbar. Veröffentlichen Sie stattdessen einen Eintrag pro Konto.</translation>
    </message>
    <message>
        <source>This record only allows the ACME account {allowed}. Enter your account URI to check that it is yours.</source>
        <translation>Dieser Eintrag erlaubt nur das ACME-Konto {allowed}. Geben Sie Ihre Konto-URI ein, um zu prüfen, ob es Ihres ist.</translation>
    </message>
    <message>
        <source>This record has more than one validationmethods parameter, which makes it unsatisfiable.</source>
        <translation>Dieser Eintrag hat mehr als einen validationmethods-Parameter und ist damit unerfüllbar.</translation>
    </message>
    <message>
        <source>The validationmethods list &quot;{allowed}&quot; has a malformed entry (an empty item or a space); {ca} stops reading it there. Write the methods separated by commas only.</source>
        <translation>Die validationmethods-Liste &quot;{allowed}&quot; enthält einen fehlerhaften Eintrag (ein leeres Element oder ein Leerzeichen); {ca} liest sie nur bis dorthin. Trennen Sie die Methoden ausschließlich durch Kommas.</translation>
    </message>
    <message>
        <source>This record only allows the validation methods {allowed}, but the certificate is validated with {method}. Add {method} to validationmethods.</source>
        <translation>Dieser Eintrag erlaubt nur die Validierungsmethoden {allowed}, das Zertifikat wird aber mit {method} validiert. Fügen Sie {method} zu validationmethods hinzu.</translation>
    </message>
    <message>
        <source>This record only allows the validation methods {allowed}. Choose your method to check it.</source>
        <translation>Dieser Eintrag erlaubt nur die Validierungsmethoden {allowed}. Wählen Sie Ihre Methode, um das zu prüfen.</translation>
    </message>
    <message>
        <source>{name} has no CAA records of its own, so the CA uses the ones at {parent}, which may be a zone you do not control. Publish your own CAA set at {name} (it overrides the parent), or ask the owner of {parent} to allow the CA.</source>
        <translation>{name} hat keine eigenen CAA-Einträge, daher verwendet die CA die von {parent}, womöglich eine Zone, die Sie nicht verwalten. Veröffentlichen Sie eigene CAA-Einträge bei {name} (sie haben Vorrang vor dem übergeordneten Namen) oder bitten Sie den Inhaber von {parent}, die CA zu erlauben.</translation>
    </message>
    <message>
        <source>{name} is an alias (CNAME) of {target}, and the CAA records come from {target}. You cannot put CAA next to a CNAME: ask the operator of {target} to allow the CA, use a CA they allow, or point {name} at a target without CAA.</source>
        <translation>{name} ist ein Alias (CNAME) von {target}, und die CAA-Einträge stammen von {target}. Neben einem CNAME kann kein CAA stehen: Bitten Sie den Betreiber von {target}, die CA zu erlauben, verwenden Sie eine dort erlaubte CA oder lassen Sie {name} auf ein Ziel ohne CAA zeigen.</translation>
    </message>
    <message>
        <source>The CAA lookup for {name} failed with SERVFAIL ({ede}). A CA cannot tell whether issuance is allowed, so it refuses.</source>
        <translation>Die CAA-Abfrage für {name} schlug mit SERVFAIL fehl ({ede}). Eine CA kann nicht feststellen, ob die Ausstellung erlaubt ist, und verweigert sie daher.</translation>
    </message>
    <message>
        <source>The CAA lookup for {name} failed with SERVFAIL: the domain&apos;s nameservers may be malfunctioning. A CA cannot tell whether issuance is allowed, so it refuses.</source>
        <translation>Die CAA-Abfrage für {name} schlug mit SERVFAIL fehl: Die Nameserver der Domain funktionieren möglicherweise nicht richtig. Eine CA kann nicht feststellen, ob die Ausstellung erlaubt ist, und verweigert sie daher.</translation>
    </message>
    <message>
        <source>The failure is at {name}, which the registry runs, not you: retry later.</source>
        <translation>Der Fehler liegt bei {name}, das die Registry betreibt, nicht Sie: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The nameservers answered the CAA query for {name} with {rcode}. CAs treat that as &quot;cannot check&quot; and refuse. An empty answer must be NOERROR with the zone&apos;s SOA: ask your DNS provider to fix CAA (type 257) handling; adding a CAA record often does not help.</source>
        <translation>Die Nameserver beantworteten die CAA-Abfrage für {name} mit {rcode}. CAs werten das als „nicht prüfbar“ und verweigern. Eine leere Antwort muss NOERROR mit dem SOA der Zone sein: Bitten Sie Ihren DNS-Anbieter, die Behandlung von CAA (Typ 257) zu korrigieren; ein zusätzlicher CAA-Eintrag hilft oft nicht.</translation>
    </message>
    <message>
        <source>The answer for {name} was truncated (TC bit). Let&apos;s Encrypt treats a truncated CAA answer as an error; keep the CAA set small or make sure the nameservers answer over TCP.</source>
        <translation>Die Antwort für {name} wurde gekürzt (TC-Bit). Let&apos;s Encrypt wertet eine gekürzte CAA-Antwort als Fehler; halten Sie die CAA-Einträge klein oder stellen Sie sicher, dass die Nameserver über TCP antworten.</translation>
    </message>
    <message>
        <source>A network error stopped the CAA lookup for {name}.</source>
        <translation>Ein Netzwerkfehler hat die CAA-Abfrage für {name} abgebrochen.</translation>
    </message>
    <message>
        <source>The lookup of {name} has not finished.</source>
        <translation>Die Abfrage von {name} ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The top-level domain {name} does not exist (NXDOMAIN). Let&apos;s Encrypt treats that as an error, not as &quot;no CAA&quot;.</source>
        <translation>Die Top-Level-Domain {name} existiert nicht (NXDOMAIN). Let&apos;s Encrypt wertet das als Fehler, nicht als „kein CAA“.</translation>
    </message>
    <message>
        <source>The alias (CNAME/DNAME) chain for {name} loops, so the lookup can never finish. Break the loop.</source>
        <translation>Die Alias-Kette (CNAME/DNAME) für {name} bildet eine Schleife, daher kann die Abfrage nie enden. Lösen Sie die Schleife auf.</translation>
    </message>
    <message>
        <source>{ca} sends no iodef reports, so the iodef record will not tell anyone when issuance is refused.</source>
        <translation>{ca} sendet keine iodef-Berichte, daher meldet der iodef-Eintrag niemandem, wenn die Ausstellung verweigert wird.</translation>
    </message>
    <message>
        <source>The lookup at {name} failed ({status}), but that does not matter: a closer name has CAA records.</source>
        <translation>Die Abfrage bei {name} schlug fehl ({status}), aber das ist unerheblich: Ein näherer Name hat CAA-Einträge.</translation>
    </message>
    <message>
        <source>The tag &quot;{tag}&quot; is not in lower case. Tags match case-insensitively, so this works, but lower case is the standard form.</source>
        <translation>Das Tag &quot;{tag}&quot; ist nicht kleingeschrieben. Tags werden ohne Beachtung der Groß-/Kleinschreibung verglichen, es funktioniert also, aber Kleinschreibung ist die Standardform.</translation>
    </message>
    <message>
        <source>Flags {flags} set reserved bits. Only 0 and 128 (critical) have a meaning; Let&apos;s Encrypt also treats 1 as critical.</source>
        <translation>Flags {flags} setzt reservierte Bits. Nur 0 und 128 (kritisch) haben eine Bedeutung; Let&apos;s Encrypt behandelt auch 1 als kritisch.</translation>
    </message>
    <message>
        <source>The tag &quot;{tag}&quot; is not one {ca} knows; it is not marked critical, so it is ignored.</source>
        <translation>Das Tag &quot;{tag}&quot; kennt {ca} nicht; es ist nicht als kritisch markiert und wird daher ignoriert.</translation>
    </message>
    <message>
        <source>{ns} ({address}) answers the zone&apos;s SOA but answers CAA for {name} with {problem} over {transport}. CAs treat that as &quot;cannot check&quot; and refuse. An empty answer must be NOERROR with the zone&apos;s SOA: ask the DNS provider to fix CAA (type 257) handling; adding a CAA record often does not help.</source>
        <translation>{ns} ({address}) beantwortet das SOA der Zone, aber CAA für {name} über {transport} mit {problem}. CAs werten das als „nicht prüfbar“ und verweigern. Eine leere Antwort muss NOERROR mit dem SOA der Zone sein: Bitten Sie den DNS-Anbieter, die Behandlung von CAA (Typ 257) zu korrigieren; ein zusätzlicher CAA-Eintrag hilft oft nicht.</translation>
    </message>
    <message>
        <source>{ns} ({address}) is a nameserver of {zone} but does not answer for it authoritatively ({problem}). Remove it from the NS records or configure the zone on it.</source>
        <translation>{ns} ({address}) ist ein Nameserver von {zone}, antwortet dafür aber nicht autoritativ ({problem}). Entfernen Sie ihn aus den NS-Einträgen oder richten Sie die Zone darauf ein.</translation>
    </message>
    <message>
        <source>{ns} ({address}) does not answer at all ({problem}). Resolvers that pick it time out, and CAs refuse when that happens.</source>
        <translation>{ns} ({address}) antwortet überhaupt nicht ({problem}). Resolver, die ihn wählen, laufen in eine Zeitüberschreitung, und CAs verweigern dann.</translation>
    </message>
    <message>
        <source>{ns} ({address}) returns an empty CAA answer for {name} without the zone&apos;s SOA record (RFC 2308). Validating resolvers such as the CA&apos;s reject that; the DNS software or provider must include the SOA in empty answers.</source>
        <translation>{ns} ({address}) liefert für {name} eine leere CAA-Antwort ohne den SOA-Eintrag der Zone (RFC 2308). Validierende Resolver wie der der CA lehnen das ab; die DNS-Software oder der Anbieter muss das SOA in leere Antworten aufnehmen.</translation>
    </message>
    <message>
        <source>{ns} ({address}) answers CAA for {name} over UDP but not over TCP ({problem}). Large or truncated answers need TCP.</source>
        <translation>{ns} ({address}) beantwortet CAA für {name} über UDP, aber nicht über TCP ({problem}). Große oder gekürzte Antworten benötigen TCP.</translation>
    </message>
    <message>
        <source>The nameservers do not agree on the CAA records of {name}: {sets}. The CA may ask any of them.</source>
        <translation>Die Nameserver sind sich über die CAA-Einträge von {name} nicht einig: {sets}. Die CA kann jeden von ihnen fragen.</translation>
    </message>
    <message>
        <source>An older copy of the zone (the newest serial is {newestSerial}) is still served by {stale}: wait for the zone transfer, or fix that secondary or the hosted zone it belongs to.</source>
        <translation>Eine ältere Kopie der Zone (die neueste Seriennummer ist {newestSerial}) wird noch von {stale} ausgeliefert: Warten Sie den Zonentransfer ab oder korrigieren Sie diesen Sekundärserver bzw. die gehostete Zone, zu der er gehört.</translation>
    </message>
    <message>
        <source>No IPv6 address could be reached from this computer, so the nameservers&apos; IPv6 addresses were not checked. CAs do use IPv6: check them from a host with IPv6.</source>
        <translation>Von diesem Computer war keine IPv6-Adresse erreichbar, daher wurden die IPv6-Adressen der Nameserver nicht geprüft. CAs verwenden IPv6: Prüfen Sie sie von einem Rechner mit IPv6.</translation>
    </message>
    <message>
        <source>The nameserver {ns} has no address, so nobody can ask it.</source>
        <translation>Der Nameserver {ns} hat keine Adresse, daher kann ihn niemand fragen.</translation>
    </message>
    <message>
        <source>Resolvers answer differently for {name}: {views}. A CA checking from another network may see what another resolver sees (split-horizon or geographic DNS, or caches).</source>
        <translation>Resolver antworten für {name} unterschiedlich: {views}. Eine CA, die aus einem anderen Netz prüft, sieht möglicherweise, was ein anderer Resolver sieht (Split-Horizon- oder Geo-DNS oder Caches).</translation>
    </message>
    <message>
        <source>The verdict for {ca} depends on the resolver: {views}. CAs check from several networks and need them to agree.</source>
        <translation>Das Ergebnis für {ca} hängt vom Resolver ab: {views}. CAs prüfen aus mehreren Netzen und brauchen übereinstimmende Antworten.</translation>
    </message>
    <message>
        <source>The iodef value should be a mailto:, https: or http: URL.</source>
        <translation>Der iodef-Wert sollte eine mailto:-, https:- oder http:-URL sein.</translation>
    </message>
    <message>
        <source>The issuer &quot;{value}&quot; ends with a dot. CAA issuer names take no final dot, and Let&apos;s Encrypt compares them exactly: write &quot;{expected}&quot;.</source>
        <translation>Der Aussteller &quot;{value}&quot; endet mit einem Punkt. CAA-Ausstellernamen haben keinen abschließenden Punkt, und Let&apos;s Encrypt vergleicht sie exakt: Schreiben Sie &quot;{expected}&quot;.</translation>
    </message>
    <message>
        <source>The value &quot;{value}&quot; contains quote characters; enter it without quotes: {expected}.</source>
        <translation>Der Wert &quot;{value}&quot; enthält Anführungszeichen; geben Sie ihn ohne Anführungszeichen ein: {expected}.</translation>
    </message>
    <message>
        <source>The issuer &quot;{value}&quot; has capital letters; Let&apos;s Encrypt compares issuers exactly. Write &quot;{expected}&quot;.</source>
        <translation>Der Aussteller &quot;{value}&quot; enthält Großbuchstaben; Let&apos;s Encrypt vergleicht Aussteller exakt. Schreiben Sie &quot;{expected}&quot;.</translation>
    </message>
    <message>
        <source>A whole CAA record was typed into the value (&quot;{value}&quot;); enter only the CA&apos;s domain.</source>
        <translation>Ein ganzer CAA-Eintrag wurde in den Wert eingegeben (&quot;{value}&quot;); geben Sie nur die Domain der CA ein.</translation>
    </message>
    <message>
        <source>a CA</source>
        <translation>eine CA</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt rejects the parameters at &quot;{text}&quot; ({problem}) and ignores the whole record, although RFC 8659 allows them.</source>
        <translation>Let&apos;s Encrypt lehnt die Parameter bei &quot;{text}&quot; ab ({problem}) und ignoriert den gesamten Eintrag, obwohl RFC 8659 sie erlaubt.</translation>
    </message>
    <message>
        <source>The tag &quot;{tag}&quot; is not a registered CAA tag; CAs ignore it unless it is marked critical.</source>
        <translation>Das Tag &quot;{tag}&quot; ist kein registriertes CAA-Tag; CAs ignorieren es, sofern es nicht als kritisch markiert ist.</translation>
    </message>
    <message>
        <source>The CA</source>
        <translation>Die CA</translation>
    </message>
    <message>
        <source>{ca} refused {name} because of CAA records.</source>
        <translation>{ca} hat {name} wegen CAA-Einträgen abgelehnt.</translation>
    </message>
    <message>
        <source>{ca} refused {name} because the CAA records it found at {at} do not allow it.</source>
        <translation>{ca} hat {name} abgelehnt, weil die bei {at} gefundenen CAA-Einträge dies nicht erlauben.</translation>
    </message>
    <message>
        <source>{ca} could not look up CAA for {at} ({problem}), so it could not check {name} and refused.</source>
        <translation>{ca} konnte CAA für {at} nicht abfragen ({problem}), {name} daher nicht prüfen und hat abgelehnt.</translation>
    </message>
    <message>
        <source>This does not look like a CAA error.</source>
        <translation>Das sieht nicht nach einem CAA-Fehler aus.</translation>
    </message>
    <message>
        <source>The error concerns {name}.</source>
        <translation>Der Fehler betrifft {name}.</translation>
    </message>
    <message>
        <source>{more} more names of the same order failed too; check each of them.</source>
        <translation>{more} weitere Namen desselben Auftrags sind ebenfalls fehlgeschlagen; prüfen Sie jeden davon.</translation>
    </message>
    <message>
        <source>It happened when the order was finalised: the CA checked CAA again because the authorisation was older than 7 hours, so the records (or DNS) changed after validation, or DNS is unreliable.</source>
        <translation>Es geschah beim Abschließen des Auftrags: Die CA prüfte CAA erneut, weil die Autorisierung älter als 7 Stunden war; die Einträge (oder das DNS) haben sich also nach der Validierung geändert, oder das DNS ist unzuverlässig.</translation>
    </message>
    <message>
        <source>Remove the trailing dot</source>
        <translation>Abschließenden Punkt entfernen</translation>
    </message>
    <message>
        <source>Write the issuer in lower case</source>
        <translation>Aussteller kleinschreiben</translation>
    </message>
    <message>
        <source>Remove the quotes from the value</source>
        <translation>Anführungszeichen aus dem Wert entfernen</translation>
    </message>
    <message>
        <source>Remove the white space from the value</source>
        <translation>Leerraum aus dem Wert entfernen</translation>
    </message>
    <message>
        <source>Keep only the CA&apos;s domain in the value</source>
        <translation>Nur die Domain der CA im Wert behalten</translation>
    </message>
    <message>
        <source>Replace &quot;{found}&quot; with &quot;{expected}&quot;</source>
        <translation>&quot;{found}&quot; durch &quot;{expected}&quot; ersetzen</translation>
    </message>
    <message>
        <source>Replace the deny-all record with one for this CA</source>
        <translation>Alles-verbieten-Eintrag durch einen für diese CA ersetzen</translation>
    </message>
    <message>
        <source>Allow the CA for wildcard certificates</source>
        <translation>CA für Wildcard-Zertifikate erlauben</translation>
    </message>
    <message>
        <source>Correct the tag to &quot;{meant}&quot;</source>
        <translation>Tag zu &quot;{meant}&quot; korrigieren</translation>
    </message>
    <message>
        <source>Clear the critical flag</source>
        <translation>Critical-Flag entfernen</translation>
    </message>
    <message>
        <source>Rewrite the parameters in the form the CA accepts</source>
        <translation>Parameter in die von der CA akzeptierte Form bringen</translation>
    </message>
    <message>
        <source>Add a record for your ACME account</source>
        <translation>Eintrag für Ihr ACME-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Add {method} to the validation methods</source>
        <translation>{method} zu den Validierungsmethoden hinzufügen</translation>
    </message>
    <message>
        <source>Give {name} its own CAA records</source>
        <translation>{name} eigene CAA-Einträge geben</translation>
    </message>
    <message>
        <source>Clear the reserved flag bits</source>
        <translation>Reservierte Flag-Bits löschen</translation>
    </message>
    <message>
        <source>Write the tag in lower case</source>
        <translation>Tag kleinschreiben</translation>
    </message>
    <message>
        <source>Add the CA to the CAA records</source>
        <translation>CA zu den CAA-Einträgen hinzufügen</translation>
    </message>
    <message>
        <source>{ca} may issue for {name}</source>
        <translation>{ca} darf für {name} ausstellen</translation>
    </message>
    <message>
        <source>{ca} will refuse to issue for {name}</source>
        <translation>{ca} verweigert die Ausstellung für {name}</translation>
    </message>
    <message>
        <source>{ca} cannot check CAA for {name} and will refuse</source>
        <translation>{ca} kann CAA für {name} nicht prüfen und verweigert</translation>
    </message>
    <message>
        <source>Checking {name} for {ca}...</source>
        <translation>Prüfe {name} für {ca}...</translation>
    </message>
    <message>
        <source>nothing to fix</source>
        <translation>nichts zu korrigieren</translation>
    </message>
    <message>
        <source>fix your configuration</source>
        <translation>Konfiguration korrigieren</translation>
    </message>
    <message>
        <source>retry later</source>
        <translation>später erneut versuchen</translation>
    </message>
    <message>
        <source>fix your DNS</source>
        <translation>DNS korrigieren</translation>
    </message>
    <message>
        <source>waiting for answers</source>
        <translation>wartet auf Antworten</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>CAA records</source>
        <translation>CAA-Einträge</translation>
    </message>
    <message>
        <source>no CAA (empty)</source>
        <translation>kein CAA (leer)</translation>
    </message>
    <message>
        <source>name does not exist (NXDOMAIN)</source>
        <translation>Name existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>SERVFAIL</source>
        <translation>SERVFAIL</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <source>NOTIMP</source>
        <translation>NOTIMP</translation>
    </message>
    <message>
        <source>FORMERR</source>
        <translation>FORMERR</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>truncated answer</source>
        <translation>gekürzte Antwort</translation>
    </message>
    <message>
        <source>DNSSEC bogus</source>
        <translation>DNSSEC ungültig</translation>
    </message>
    <message>
        <source>outside the loaded zones</source>
        <translation>außerhalb der geladenen Zonen</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>DNSSEC unknown</source>
        <translation>DNSSEC unbekannt</translation>
    </message>
    <message>
        <source>DNSSEC secure</source>
        <translation>DNSSEC sicher</translation>
    </message>
    <message>
        <source>DNSSEC insecure</source>
        <translation>DNSSEC unsicher</translation>
    </message>
    <message>
        <source>DNSSEC indeterminate</source>
        <translation>DNSSEC unbestimmt</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt (Boulder): queries every name up to the TLD at once; the first name with CAA records decides; an error closer to the name than that refuses; the issuer must equal &quot;letsencrypt.org&quot; exactly (only spaces and tabs trimmed); flags 1 and 128 mean critical.</source>
        <translation>Let&apos;s Encrypt (Boulder): fragt alle Namen bis zur TLD gleichzeitig ab; der erste Name mit CAA-Einträgen entscheidet; ein Fehler näher am Namen als dieser führt zur Verweigerung; der Aussteller muss exakt &quot;letsencrypt.org&quot; lauten (nur Leerzeichen und Tabs werden entfernt); Flags 1 und 128 bedeuten kritisch.</translation>
    </message>
    <message>
        <source>RFC 8659 §3-§4 read strictly: the relevant set is the first non-empty one on the climb; values that break the §4.2 grammar count as an empty issuer; RFC 8657 parameters are enforced.</source>
        <translation>RFC 8659 §3-§4 streng gelesen: Die relevante Menge ist die erste nicht leere beim Aufstieg; Werte, die die Grammatik aus §4.2 verletzen, gelten als leerer Aussteller; Parameter aus RFC 8657 werden durchgesetzt.</translation>
    </message>
    <message>
        <source>RFC 8659 as CAs are required to apply it (CA/B Forum BR §3.2.2.8); this CA&apos;s exact issuer comparison is not documented, so write the identifier exactly as listed.</source>
        <translation>RFC 8659, wie CAs es anwenden müssen (CA/B Forum BR §3.2.2.8); der exakte Ausstellervergleich dieser CA ist nicht dokumentiert, schreiben Sie die Kennung daher genau wie aufgeführt.</translation>
    </message>
    <message>
        <source>✗ will refuse</source>
        <translation>✗ verweigert</translation>
    </message>
    <message>
        <source>? cannot tell</source>
        <translation>? nicht feststellbar</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>alias of %1</source>
        <translation>Alias von %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1 CAA</source>
        <translation>%1 CAA</translation>
    </message>
    <message>
        <source>{name} has no CAA records of its own, so the CA uses the ones at {parent}.</source>
        <translation>{name} hat keine eigenen CAA-Einträge, daher verwendet die CA die von {parent}.</translation>
    </message>
    <message>
        <source>{name} is an alias (CNAME) of {target}, and the CAA records come from {target}.</source>
        <translation>{name} ist ein Alias (CNAME) von {target}; die CAA-Einträge stammen von {target}.</translation>
    </message>
    <message>
        <source>DNSSEC validation failed for {name}: the zone&apos;s signatures are expired, not yet valid or missing. Until the zone is signed again no CA can read your CAA records: re-sign the zone (check that the signer runs and its clock is right) and make sure every server serves the new signatures.</source>
        <translation>Die DNSSEC-Validierung für {name} ist fehlgeschlagen: Die Signaturen der Zone sind abgelaufen, noch nicht gültig oder fehlen. Bis die Zone neu signiert ist, kann keine CA Ihre CAA-Einträge lesen: Signieren Sie die Zone neu (prüfen Sie, ob der Signierer läuft und seine Uhr stimmt) und sorgen Sie dafür, dass jeder Server die neuen Signaturen ausliefert.</translation>
    </message>
    <message>
        <source>DNSSEC validation failed for {name}: the DS record at the registrar does not match the zone&apos;s DNSKEY. Until that is repaired no CA can read your CAA records: publish a DS record matching your current DNSKEY at your registrar, or remove the DS to turn DNSSEC off.</source>
        <translation>Die DNSSEC-Validierung für {name} ist fehlgeschlagen: Der DS-Eintrag beim Registrar passt nicht zum DNSKEY der Zone. Bis das behoben ist, kann keine CA Ihre CAA-Einträge lesen: Hinterlegen Sie beim Registrar einen DS-Eintrag, der zu Ihrem aktuellen DNSKEY passt, oder entfernen Sie den DS, um DNSSEC abzuschalten.</translation>
    </message>
    <message>
        <source>DNSSEC validation failed for {name}. Until DNSSEC is repaired no CA can read your CAA records: check that the zone&apos;s signatures are current, and that the DS record at your registrar matches the current DNSKEY (or remove the DS to turn DNSSEC off).</source>
        <translation>Die DNSSEC-Validierung für {name} ist fehlgeschlagen. Bis DNSSEC repariert ist, kann keine CA Ihre CAA-Einträge lesen: Prüfen Sie, ob die Signaturen der Zone aktuell sind und ob der DS-Eintrag beim Registrar zum aktuellen DNSKEY passt (oder entfernen Sie den DS, um DNSSEC abzuschalten).</translation>
    </message>
    <message>
        <source>The alias chain of {name} loops ({loop}), so no resolver can finish the lookup; resolvers answer SERVFAIL and the CA refuses. Point one of these CNAME records at a name that is not an alias.</source>
        <translation>Die Alias-Kette von {name} bildet eine Schleife ({loop}), daher kann kein Resolver die Abfrage abschließen; Resolver antworten mit SERVFAIL und die CA verweigert. Lassen Sie einen dieser CNAME-Einträge auf einen Namen zeigen, der kein Alias ist.</translation>
    </message>
    <message>
        <source>{name} is above the loaded zone files; it was taken as having no CAA records. Check live DNS to be sure.</source>
        <translation>{name} liegt oberhalb der geladenen Zonendateien; der Name wurde als ohne CAA-Einträge angenommen. Prüfen Sie das Live-DNS, um sicherzugehen.</translation>
    </message>
    <message>
        <source>{name} is an alias of {target}, which no loaded zone file holds, so the CAA records that decide cannot be read from the files. Load the zone of {target}, or check live DNS.</source>
        <translation>{name} ist ein Alias von {target}, das in keiner geladenen Zonendatei steht; die entscheidenden CAA-Einträge lassen sich daher nicht aus den Dateien lesen. Laden Sie die Zone von {target} oder prüfen Sie das Live-DNS.</translation>
    </message>
    <message>
        <source>No loaded zone file holds {name}, so the files cannot tell what a CA would decide. Load its zone, or check live DNS.</source>
        <translation>Keine geladene Zonendatei enthält {name}; aus den Dateien lässt sich daher nicht sagen, wie eine CA entscheiden würde. Laden Sie seine Zone oder prüfen Sie das Live-DNS.</translation>
    </message>
    <message>
        <source>After the fix, resolvers may keep the current records of {name} for up to {positive}, and the empty answers below it for up to {negative}.</source>
        <translation>Nach der Korrektur können Resolver die jetzigen Einträge von {name} noch bis zu {positive} behalten und die leeren Antworten darunter bis zu {negative}.</translation>
    </message>
    <message>
        <source>After the fix, resolvers may keep the current records of {name} for up to {positive}.</source>
        <translation>Nach der Korrektur können Resolver die jetzigen Einträge von {name} noch bis zu {positive} behalten.</translation>
    </message>
    <message>
        <source>(The TTL the nameservers publish.)</source>
        <translation>(Die TTL, die die Nameserver veröffentlichen.)</translation>
    </message>
    <message>
        <source>{ca} looks up CAA again for every order, and rechecks authorisations older than {hours} hours before issuing.</source>
        <translation>{ca} fragt CAA für jede Bestellung neu ab und prüft Autorisierungen, die älter als {hours} Stunden sind, vor der Ausstellung erneut.</translation>
    </message>
    <message>
        <source>A CA looks up CAA when it validates the name, and may reuse the answer for up to 8 hours (CA/B Forum Baseline Requirements §3.2.2.8).</source>
        <translation>Eine CA fragt CAA bei der Validierung des Namens ab und darf die Antwort bis zu 8 Stunden weiterverwenden (CA/B Forum Baseline Requirements §3.2.2.8).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>The CAA records at {name} allow {ca} only for the ACME account {accounts}, and only by the validation methods {methods}. Give your account URI and validation method to check your orders.</source>
        <translation>Die CAA-Einträge bei {name} erlauben {ca} nur für das ACME-Konto {accounts} und nur mit den Validierungsmethoden {methods}. Geben Sie Ihre Konto-URI und Validierungsmethode an, um Ihre Bestellungen zu prüfen.</translation>
    </message>
    <message>
        <source>The CAA records at {name} allow {ca} only for the ACME account {accounts}. Give your account URI to check that it is yours.</source>
        <translation>Die CAA-Einträge bei {name} erlauben {ca} nur für das ACME-Konto {accounts}. Geben Sie Ihre Konto-URI an, um zu prüfen, ob es Ihres ist.</translation>
    </message>
    <message>
        <source>The CAA records at {name} allow {ca} only by the validation methods {methods}. Choose your method to check it.</source>
        <translation>Die CAA-Einträge bei {name} erlauben {ca} nur mit den Validierungsmethoden {methods}. Wählen Sie Ihre Methode, um das zu prüfen.</translation>
    </message>
    <message>
        <source>{name} is an IP address. CAA records apply to domain names only, so they never stop a CA from issuing for an IP address (Let&apos;s Encrypt does not check CAA for IP identifiers).</source>
        <translation>{name} ist eine IP-Adresse. CAA-Einträge gelten nur für Domainnamen und hindern eine CA daher nie an der Ausstellung für eine IP-Adresse (Let&apos;s Encrypt prüft CAA für IP-Kennungen nicht).</translation>
    </message>
    <message>
        <source>The resolver {server} answered none of the queries ({status}), so nothing could be looked up. The CA uses its own resolvers: this says nothing about your domain. Check the resolver setting (--resolver, or Settings ▸ Resolvers) and try again.</source>
        <translation>Der Resolver {server} hat keine der Anfragen beantwortet ({status}), daher ließ sich nichts abfragen. Die CA nutzt ihre eigenen Resolver: Über Ihre Domain sagt das nichts. Prüfen Sie die Resolver-Einstellung (--resolver oder Einstellungen ▸ Resolver) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No change to the records could be proposed that lets {ca} issue without lifting a restriction you did not ask to lift ({why}). Change the records by hand, then check again.</source>
        <translation>Es ließ sich keine Änderung der Einträge vorschlagen, mit der {ca} ausstellt, ohne eine Einschränkung aufzuheben, um deren Aufhebung Sie nicht gebeten haben ({why}). Ändern Sie die Einträge von Hand und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>The validation methods &quot;{found}&quot; are written with capital letters, and {ca} compares method names exactly, so it does not recognise them. Write them in lower case: &quot;{expected}&quot;.</source>
        <translation>Die Validierungsmethoden „{found}“ sind mit Großbuchstaben geschrieben, und {ca} vergleicht Methodennamen exakt, erkennt sie also nicht. Schreiben Sie sie klein: „{expected}“.</translation>
    </message>
    <message>
        <source>&quot;{found}&quot; is a web address; a CAA record wants only the CA&apos;s domain name: &quot;{expected}&quot;.</source>
        <translation>„{found}“ ist eine Webadresse; ein CAA-Eintrag erwartet nur den Domainnamen der CA: „{expected}“.</translation>
    </message>
    <message>
        <source>A DNAME record at {owner} redirects {name} to {target} (RFC 6672). Resolvers, and so the CA, read the CAA records of {target}; records you put at {name} or next to the DNAME do not apply to the names below {owner}.</source>
        <translation>Ein DNAME-Eintrag bei {owner} leitet {name} nach {target} um (RFC 6672). Resolver, und damit die CA, lesen die CAA-Einträge von {target}; Einträge bei {name} oder neben dem DNAME gelten nicht für die Namen unterhalb von {owner}.</translation>
    </message>
    <message>
        <source>Put the CAA records the CA needs at {target}, or remove the DNAME for this name. CAs have handled DNAME inconsistently, so a name of its own is the safer way.</source>
        <translation>Legen Sie die CAA-Einträge, die die CA braucht, bei {target} an oder entfernen Sie den DNAME für diesen Namen. CAs haben DNAME uneinheitlich behandelt; ein eigener Name ist der sicherere Weg.</translation>
    </message>
    <message>
        <source>CAA records exist at {owner}: that is {meant} with its zone typed twice, what a DNS provider&apos;s form makes of a full name when it appends the zone itself. They were meant for {meant}: move them there, and type &quot;@&quot; (or nothing) for the zone&apos;s own name in such forms.</source>
        <translation>Es gibt CAA-Einträge bei {owner}: Das ist {meant} mit doppelt eingetippter Zone, wie es das Formular eines DNS-Anbieters aus einem vollständigen Namen macht, wenn es die Zone selbst anhängt. Sie waren für {meant} gedacht: Verschieben Sie sie dorthin und geben Sie in solchen Formularen „@“ (oder nichts) für den Namen der Zone selbst ein.</translation>
    </message>
    <message>
        <source>{name} is a top-level domain: its servers are run by the registry, not by you or your DNS provider. Such failures are usually short incidents (minutes, rarely hours): retry later. If it lasts, report it to the registry or on the Let&apos;s Encrypt community forum with this report.</source>
        <translation>{name} ist eine Top-Level-Domain: Ihre Server betreibt die Registry, nicht Sie oder Ihr DNS-Anbieter. Solche Ausfälle sind meist kurze Störungen (Minuten, selten Stunden): Versuchen Sie es später erneut. Hält es an, melden Sie es mit diesem Bericht der Registry oder im Community-Forum von Let&apos;s Encrypt.</translation>
    </message>
    <message>
        <source>{ns} ({address}) answers the CAA query for {name} with an empty answer that lacks the zone&apos;s SOA record (RFC 2308). {ca}&apos;s resolvers reject such answers (SERVFAIL) and refuse, although a lenient resolver, maybe yours, accepts them. The DNS software or provider must include the SOA in empty answers.</source>
        <translation>{ns} ({address}) beantwortet die CAA-Abfrage für {name} mit einer leeren Antwort ohne den SOA-Eintrag der Zone (RFC 2308). Die Resolver von {ca} weisen solche Antworten zurück (SERVFAIL) und verweigern, auch wenn ein nachsichtiger Resolver, vielleicht Ihrer, sie annimmt. DNS-Software oder Anbieter müssen den SOA in leere Antworten aufnehmen.</translation>
    </message>
    <message>
        <source>The nameservers do not agree on the CAA records of {name}: {sets}. The current zone (serial {newestSerial}) lets {ca} issue, but {stale} still serves serial {staleSerial}, which does not: the CA&apos;s answer depends on which server it reaches, and a CA asking from several networks is likely to reach it. Make {stale} transfer the zone (check NOTIFY and the transfer settings), or fix the hosted zone it belongs to. No record needs to change.</source>
        <translation>Die Nameserver sind sich über die CAA-Einträge von {name} nicht einig: {sets}. Die aktuelle Zone (Seriennummer {newestSerial}) lässt {ca} ausstellen, aber {stale} liefert noch Seriennummer {staleSerial}, die das nicht tut: Die Antwort der CA hängt davon ab, welchen Server sie erreicht, und eine CA, die aus mehreren Netzen fragt, erreicht ihn wahrscheinlich. Lassen Sie {stale} die Zone übertragen (prüfen Sie NOTIFY und die Transfer-Einstellungen) oder korrigieren Sie die gehostete Zone, zu der er gehört. Kein Eintrag muss geändert werden.</translation>
    </message>
    <message>
        <source>The nameservers do not agree on the CAA records of {name}: {sets}. The CA&apos;s answer depends on which server it reaches, and no serial tells which copy is current: make every server serve the same zone.</source>
        <translation>Die Nameserver sind sich über die CAA-Einträge von {name} nicht einig: {sets}. Die Antwort der CA hängt davon ab, welchen Server sie erreicht, und keine Seriennummer zeigt, welche Kopie aktuell ist: Sorgen Sie dafür, dass alle Server dieselbe Zone ausliefern.</translation>
    </message>
    <message>
        <source>Your resolver ({resolver}) fails CAA queries ({status} for {name}), but the domain&apos;s nameservers answer them correctly. The CA uses its own resolvers, so this verdict comes from the nameservers&apos; answers. Home routers and some company resolvers mishandle type 257: use another resolver for checks like this one.</source>
        <translation>Ihr Resolver ({resolver}) scheitert an CAA-Abfragen ({status} für {name}), die Nameserver der Domain beantworten sie aber korrekt. Die CA nutzt ihre eigenen Resolver, daher beruht dieses Urteil auf den Antworten der Nameserver. Heimrouter und manche Firmen-Resolver behandeln Typ 257 falsch: Nutzen Sie für solche Prüfungen einen anderen Resolver.</translation>
    </message>
    <message>
        <source>Your fix is published: the nameservers of {name} serve {publishedSet}, which lets {ca} issue. Your resolver still holds the old answer ({resolverSet}) until about {until}; resolvers (the CA&apos;s included) may keep it until {latest} at the latest. Retry after that; nothing needs to change.</source>
        <translation>Ihre Korrektur ist veröffentlicht: Die Nameserver von {name} liefern {publishedSet}, womit {ca} ausstellen darf. Ihr Resolver hält die alte Antwort ({resolverSet}) noch bis etwa {until}; Resolver (auch die der CA) können sie spätestens bis {latest} behalten. Versuchen Sie es danach erneut; nichts muss geändert werden.</translation>
    </message>
    <message>
        <source>The nameservers of {name} now serve {publishedSet}, while your resolver still holds {resolverSet} (until about {until}; other resolvers, the CA&apos;s included, until {latest} at the latest). The verdict is for what the nameservers serve.</source>
        <translation>Die Nameserver von {name} liefern jetzt {publishedSet}, während Ihr Resolver noch {resolverSet} hält (bis etwa {until}; andere Resolver, auch die der CA, spätestens bis {latest}). Das Urteil gilt für das, was die Nameserver liefern.</translation>
    </message>
    <message>
        <source>Only the CA&apos;s remote perspectives failed, and nothing here explains it: from other networks your DNS answers differently (geographic DNS, anycast nodes, firewalls that block some regions). The CA asks from several networks and all must agree.</source>
        <translation>Nur die entfernten Perspektiven der CA sind gescheitert, und nichts hier erklärt das: Aus anderen Netzen antwortet Ihr DNS anders (geografisches DNS, Anycast-Knoten, Firewalls, die manche Regionen sperren). Die CA fragt aus mehreren Netzen, und alle müssen übereinstimmen.</translation>
    </message>
    <message>
        <source>{ns} ({address}) answers for {zone} only after {latency} ms. The CA asks from several networks at once and each must get an answer in time: slow or distant nameservers make remote perspectives time out. Add nameservers in other regions, use an anycast DNS provider, or lower the latency.</source>
        <translation>{ns} ({address}) antwortet für {zone} erst nach {latency} ms. Die CA fragt gleichzeitig aus mehreren Netzen, und jede Anfrage braucht rechtzeitig eine Antwort: Langsame oder ferne Nameserver lassen entfernte Perspektiven in Zeitüberschreitungen laufen. Fügen Sie Nameserver in anderen Regionen hinzu, nutzen Sie einen Anycast-DNS-Anbieter oder senken Sie die Latenz.</translation>
    </message>
    <message>
        <source>{ns} ({address}) is the only nameserver of {zone}. The CA asks from several networks and each must reach it: one unreachable path, and remote perspectives time out. Add a second nameserver in another network (RFC 2182), or use an anycast DNS provider.</source>
        <translation>{ns} ({address}) ist der einzige Nameserver von {zone}. Die CA fragt aus mehreren Netzen, und jedes muss ihn erreichen: Ein unerreichbarer Weg, und entfernte Perspektiven laufen in Zeitüberschreitungen. Fügen Sie einen zweiten Nameserver in einem anderen Netz hinzu (RFC 2182) oder nutzen Sie einen Anycast-DNS-Anbieter.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{stale} serves the zone with serial {staleSerial}, {fresh} with serial {newestSerial}. Make {stale} transfer the current zone (check NOTIFY and its transfer settings, or the hosted zone it belongs to); no record needs to change. Check again once every server reports serial {newestSerial}.</source>
        <translation>{stale} liefert die Zone mit Seriennummer {staleSerial}, {fresh} mit Seriennummer {newestSerial}. Lassen Sie {stale} die aktuelle Zone übertragen (prüfen Sie NOTIFY und seine Transfer-Einstellungen oder die gehostete Zone, zu der er gehört); kein Eintrag muss geändert werden. Prüfen Sie erneut, sobald jeder Server Seriennummer {newestSerial} meldet.</translation>
    </message>
    <message>
        <source>Write the CA&apos;s identifier</source>
        <translation>Die Kennung der CA eintragen</translation>
    </message>
    <message>
        <source>Write the validation methods in lower case</source>
        <translation>Die Validierungsmethoden kleinschreiben</translation>
    </message>
    <message>
        <source>Write the parameter names in lower case</source>
        <translation>Die Parameternamen kleinschreiben</translation>
    </message>
    <message>
        <source>Publish one record per account</source>
        <translation>Einen Eintrag je Konto veröffentlichen</translation>
    </message>
    <message>
        <source>Correct the validation methods</source>
        <translation>Die Validierungsmethoden korrigieren</translation>
    </message>
    <message>
        <source>Move the records from {owner} to {meant}</source>
        <translation>Die Einträge von {owner} nach {meant} verschieben</translation>
    </message>
    <message>
        <source>Make {stale} serve the current zone</source>
        <translation>{stale} die aktuelle Zone ausliefern lassen</translation>
    </message>
    <message>
        <source>Wait for the caches to expire</source>
        <translation>Warten, bis die Caches ablaufen</translation>
    </message>
    <message>
        <source>account {account}</source>
        <translation>Konto {account}</translation>
    </message>
    <message>
        <source>validation by {methods}</source>
        <translation>Validierung per {methods}</translation>
    </message>
    <message>
        <source> with </source>
        <translation> mit </translation>
    </message>
    <message>
        <source>; or </source>
        <translation>; oder </translation>
    </message>
    <message>
        <source>{ca} may issue for {name} only for {conditions}</source>
        <translation>{ca} darf für {name} nur ausstellen bei {conditions}</translation>
    </message>
    <message>
        <source>✓ only for the listed account/method</source>
        <translation>✓ nur für das genannte Konto/Verfahren</translation>
    </message>
    <message>
        <source>make your nameservers answer from every network</source>
        <translation>Nameserver aus jedem Netz erreichbar machen</translation>
    </message>
    <message>
        <source>wait for caches to expire</source>
        <translation>Ablauf der Caches abwarten</translation>
    </message>
    <message>
        <source>check your account and method</source>
        <translation>Konto und Methode prüfen</translation>
    </message>
    <message>
        <source>fix the stale nameserver</source>
        <translation>veralteten Nameserver korrigieren</translation>
    </message>
    <message>
        <source>check your resolver setting</source>
        <translation>Resolver-Einstellung prüfen</translation>
    </message>
    <message>
        <source>load the zone or check live DNS</source>
        <translation>Zone laden oder Live-DNS prüfen</translation>
    </message>
    <message>
        <source>Cannot tell whether {ca} may issue for {name}</source>
        <translation>Nicht feststellbar, ob {ca} für {name} ausstellen darf</translation>
    </message>
    <message>
        <source>✗ cannot check CAA: refuses</source>
        <translation>✗ kann CAA nicht prüfen: verweigert</translation>
    </message>
    <message>
        <source>Your resolver ({resolver}) fails CAA queries ({status} for {name}). The nameservers answer that {name} is an alias of {alias}, whose CAA records only a working resolver follows, so this check cannot tell what the CA sees. Check again with another resolver.</source>
        <translation>Ihr Resolver ({resolver}) beantwortet CAA-Abfragen nicht ({status} für {name}). Die Nameserver antworten, dass {name} ein Alias von {alias} ist, dessen CAA-Einträge nur ein funktionierender Resolver verfolgt; daher kann diese Prüfung nicht feststellen, was die CA sieht. Prüfen Sie erneut mit einem anderen Resolver.</translation>
    </message>
    <message>
        <source>The CAA records at {name} name no CA that is {ca}, so {ca} may not issue. Add {name}. CAA 0 {tag} &quot;{expected}&quot;.</source>
        <translation>Die CAA-Einträge bei {name} nennen keine CA, die {ca} ist; {ca} darf daher nicht ausstellen. Fügen Sie {name}. CAA 0 {tag} &quot;{expected}&quot; hinzu.</translation>
    </message>
    <message>
        <source>This record only allows the ACME account {allowed}, which is no account URL of {ca} (they look like {example}): it names no account, so {ca} refuses every order. Write the account URL exactly as your ACME client shows it.</source>
        <translation>Dieser Eintrag erlaubt nur das ACME-Konto {allowed}, das keine Konto-URL von {ca} ist (diese sehen so aus: {example}): Er nennt kein Konto, daher verweigert {ca} jede Bestellung. Schreiben Sie die Konto-URL genau so, wie Ihr ACME-Client sie anzeigt.</translation>
    </message>
    <message>
        <source>The CAA lookup for {name} failed with SERVFAIL because the domain&apos;s own nameservers fail it:</source>
        <translation>Die CAA-Abfrage für {name} ist mit SERVFAIL fehlgeschlagen, weil die Nameserver der Domain selbst sie nicht beantworten:</translation>
    </message>
    <message>
        <source>The CAA query for {name} timed out because the domain&apos;s own nameservers fail it:</source>
        <translation>Die CAA-Abfrage für {name} lief in eine Zeitüberschreitung, weil die Nameserver der Domain selbst sie nicht beantworten:</translation>
    </message>
    <message>
        <source>{servers} does not answer the CAA query at all (no reply over {transports}), although it answers the zone&apos;s SOA.</source>
        <translation>{servers} beantwortet die CAA-Abfrage überhaupt nicht (keine Antwort über {transports}), obwohl er den SOA der Zone beantwortet.</translation>
    </message>
    <message>
        <source>{servers} do not answer the CAA query at all (no reply over {transports}), although they answer the zone&apos;s SOA.</source>
        <translation>{servers} beantworten die CAA-Abfrage überhaupt nicht (keine Antwort über {transports}), obwohl sie den SOA der Zone beantworten.</translation>
    </message>
    <message>
        <source>{servers} (1 of {total} nameservers) does not answer the CAA query at all (no reply over {transports}); resolvers that pick it fail.</source>
        <translation>{servers} (1 von {total} Nameservern) beantwortet die CAA-Abfrage überhaupt nicht (keine Antwort über {transports}); Resolver, die ihn wählen, scheitern.</translation>
    </message>
    <message>
        <source>{servers} ({failing} of {total} nameservers) do not answer the CAA query at all (no reply over {transports}); resolvers that pick them fail.</source>
        <translation>{servers} ({failing} von {total} Nameservern) beantworten die CAA-Abfrage überhaupt nicht (keine Antwort über {transports}); Resolver, die sie wählen, scheitern.</translation>
    </message>
    <message>
        <source>{servers} answers the CAA query with {serverProblem} over {transports}.</source>
        <translation>{servers} beantwortet die CAA-Abfrage mit {serverProblem} über {transports}.</translation>
    </message>
    <message>
        <source>{servers} answer the CAA query with {serverProblem} over {transports}.</source>
        <translation>{servers} beantworten die CAA-Abfrage mit {serverProblem} über {transports}.</translation>
    </message>
    <message>
        <source>{servers} (1 of {total} nameservers) answers the CAA query with {serverProblem} over {transports}; resolvers that pick it fail.</source>
        <translation>{servers} (1 von {total} Nameservern) beantwortet die CAA-Abfrage mit {serverProblem} über {transports}; Resolver, die ihn wählen, scheitern.</translation>
    </message>
    <message>
        <source>{servers} ({failing} of {total} nameservers) answer the CAA query with {serverProblem} over {transports}; resolvers that pick them fail.</source>
        <translation>{servers} ({failing} von {total} Nameservern) beantworten die CAA-Abfrage mit {serverProblem} über {transports}; Resolver, die sie wählen, scheitern.</translation>
    </message>
    <message>
        <source>A CA&apos;s resolvers meet the same failure, cannot tell whether issuance is allowed, and refuse. Ask the DNS provider to fix CAA (type 257) handling; adding a CAA record often does not help.</source>
        <translation>Die Resolver einer CA stoßen auf denselben Fehler, können nicht feststellen, ob die Ausstellung erlaubt ist, und verweigern. Bitten Sie den DNS-Anbieter, die Behandlung von CAA (Typ 257) zu korrigieren; ein zusätzlicher CAA-Eintrag hilft oft nicht.</translation>
    </message>
    <message>
        <source>After the fix, your resolver keeps the current records of {target} (what {name} is an alias of) for another {positive}; other resolvers, the CA&apos;s among them, may keep them for as long as the TTL that the nameservers of {target} publish.</source>
        <translation>Nach der Korrektur behält Ihr Resolver die jetzigen Einträge von {target} (dessen Alias {name} ist) noch {positive}; andere Resolver, auch die der CA, können sie so lange behalten, wie die TTL, die die Nameserver von {target} veröffentlichen.</translation>
    </message>
    <message>
        <source>(The TTL in the zone file.)</source>
        <translation>(Die TTL in der Zonendatei.)</translation>
    </message>
    <message>
        <source>{ns} ({address}) answers the zone&apos;s SOA but answers CAA for {name} with {problem} over UDP and {tcpProblem} over TCP. CAs treat that as &quot;cannot check&quot; and refuse. An empty answer must be NOERROR with the zone&apos;s SOA: ask the DNS provider to fix CAA (type 257) handling; adding a CAA record often does not help.</source>
        <translation>{ns} ({address}) beantwortet den SOA der Zone, aber CAA für {name} mit {problem} über UDP und {tcpProblem} über TCP. CAs werten das als „kann nicht prüfen“ und verweigern. Eine leere Antwort muss NOERROR mit dem SOA der Zone sein: Bitten Sie den DNS-Anbieter, die Behandlung von CAA (Typ 257) zu korrigieren; ein zusätzlicher CAA-Eintrag hilft oft nicht.</translation>
    </message>
    <message>
        <source>The nameservers do not agree on the CAA records of {name}: {sets}. The current zone (serial {newestSerial}) does not let {ca} issue, but {stale} still serves serial {staleSerial}, which does: the CA&apos;s answer depends on which server it reaches, and once every server has the current zone it refuses. Change the current zone (below) if {ca} should issue.</source>
        <translation>Die Nameserver sind sich über die CAA-Einträge von {name} nicht einig: {sets}. Die aktuelle Zone (Seriennummer {newestSerial}) lässt {ca} nicht ausstellen, aber {stale} liefert noch Seriennummer {staleSerial}, die es erlaubt: Die Antwort der CA hängt davon ab, welchen Server sie erreicht, und sobald jeder Server die aktuelle Zone hat, verweigert sie. Ändern Sie die aktuelle Zone (unten), wenn {ca} ausstellen soll.</translation>
    </message>
    <message>
        <source>{ca} may refuse to issue for {name}: it depends on which nameserver it asks</source>
        <translation>{ca} verweigert die Ausstellung für {name} womöglich: Das hängt davon ab, welchen Nameserver sie fragt</translation>
    </message>
    <message>
        <source>✗ refuses at some nameservers</source>
        <translation>✗ verweigert bei manchen Nameservern</translation>
    </message>
    <message>
        <source>validation failed (SERVFAIL)</source>
        <translation>Validierung fehlgeschlagen (SERVFAIL)</translation>
    </message>
    <message>
        <source>&quot;{found}&quot; is meant for {otherCa}, not {ca}.</source>
        <translation>„{found}“ ist für {otherCa} gedacht, nicht für {ca}.</translation>
    </message>
    <message>
        <source>{ns} ({address}) answers the zone&apos;s SOA but never answers CAA queries for {name} (no reply over {transport}): a firewall or the server drops type 257. CAs treat that as &quot;cannot check&quot; and refuse: ask the DNS provider to answer CAA queries; adding a CAA record often does not help.</source>
        <translation>{ns} ({address}) beantwortet den SOA der Zone, aber nie CAA-Abfragen für {name} (keine Antwort über {transport}): Eine Firewall oder der Server verwirft Typ 257. CAs werten das als „kann nicht prüfen“ und verweigern: Bitten Sie den DNS-Anbieter, CAA-Abfragen zu beantworten; ein zusätzlicher CAA-Eintrag hilft oft nicht.</translation>
    </message>
    <message>
        <source>It leaves out {dropped}: the CA cannot read a record that has it, so that record never lets it issue. Keep it only if another CA you use needs it, in a record of that CA&apos;s own.</source>
        <translation>Sie lässt {dropped} weg: Die CA kann einen Eintrag damit nicht lesen, dieser Eintrag erlaubt ihr also nie die Ausstellung. Behalten Sie es nur, wenn eine andere CA, die Sie nutzen, es braucht, in einem eigenen Eintrag dieser CA.</translation>
    </message>
    <message>
        <source>CAA does not restrict {ca} for {name}: it is an IP address, not a domain name</source>
        <translation>CAA schränkt {ca} für {name} nicht ein: Das ist eine IP-Adresse, kein Domainname</translation>
    </message>
    <message>
        <source>{name} has no CAA records of its own, so the CA uses the ones at {parent}, in the same zone ({sameZone}). Change them there, or publish a CAA set at {name} of its own (it overrides the parent&apos;s for {name} and the names below it).</source>
        <translation>{name} hat keine eigenen CAA-Einträge, daher verwendet die CA die von {parent} in derselben Zone ({sameZone}). Ändern Sie sie dort, oder legen Sie bei {name} eigene CAA-Einträge an (sie ersetzen die des übergeordneten Namens für {name} und die Namen darunter).</translation>
    </message>
    <message>
        <source>The CAA lookup for {name} failed with SERVFAIL at your resolver, although the domain&apos;s nameservers answer it; your resolver fails the zone {resolverFailsZone} as a whole (its SOA too). Validating resolvers do that when the zone&apos;s DNSSEC is broken, and CAs validate, so they refuse too. Check the zone&apos;s DNSSEC (the DS record at the registrar, the signatures), and check again with another resolver.</source>
        <translation>Die CAA-Abfrage für {name} ist bei Ihrem Resolver mit SERVFAIL fehlgeschlagen, obwohl die Nameserver der Domain sie beantworten; Ihr Resolver scheitert an der ganzen Zone {resolverFailsZone} (auch an ihrem SOA). Validierende Resolver tun das, wenn das DNSSEC der Zone defekt ist, und CAs validieren, verweigern also ebenfalls. Prüfen Sie das DNSSEC der Zone (den DS-Eintrag beim Registrar, die Signaturen) und prüfen Sie erneut mit einem anderen Resolver.</translation>
    </message>
    <message>
        <source>The CA&apos;s remote perspectives saw this (&quot;During secondary validation&quot;). If the check from here passes, DNS answers differently from other networks (split-horizon or geographic DNS, unreachable nameservers); a live check with several resolvers and its nameserver matrix shows where.</source>
        <translation>Die entfernten Perspektiven der CA haben das gesehen („During secondary validation“). Besteht die Prüfung von hier, antwortet DNS aus anderen Netzen anders (Split-Horizon- oder geografisches DNS, unerreichbare Nameserver); eine Live-Prüfung mit mehreren Resolvern und ihrer Nameserver-Matrix zeigt, wo.</translation>
    </message>
    <message>
        <source>✓ may issue</source>
        <translation>✓ darf ausstellen</translation>
    </message>
    <message>
        <source>{name} itself does not exist in DNS (NXDOMAIN): a CA can validate it only once it has the records its challenge needs.</source>
        <translation>{name} selbst existiert im DNS nicht (NXDOMAIN): Eine CA kann den Namen erst validieren, wenn er die Einträge hat, die ihre Challenge braucht.</translation>
    </message>
    <message>
        <source>Your resolver answered the CAA query for {name} with SERVFAIL, and the one for {tld} too, which the registry&apos;s servers answer: it most likely mishandles CAA (type 257) queries.</source>
        <translation>Ihr Resolver hat die CAA-Abfrage für {name} mit SERVFAIL beantwortet, und auch die für {tld}, die die Server der Registry beantworten: Höchstwahrscheinlich verarbeitet er CAA-Abfragen (Typ 257) falsch.</translation>
    </message>
    <message>
        <source>The CAA queries for {name} and for {tld}, which the registry&apos;s servers answer, timed out at your resolver: it most likely drops CAA (type 257) queries.</source>
        <translation>Die CAA-Abfragen für {name} und für {tld}, die die Server der Registry beantworten, sind bei Ihrem Resolver in eine Zeitüberschreitung gelaufen: Höchstwahrscheinlich verwirft er CAA-Abfragen (Typ 257).</translation>
    </message>
    <message>
        <source>The domain&apos;s nameservers were not asked directly (--no-matrix), so this cannot tell what a CA meets: check again with them asked, or with another resolver.</source>
        <translation>Die Nameserver der Domain wurden nicht direkt gefragt (--no-matrix), daher lässt sich nicht sagen, was eine CA vorfindet: Prüfen Sie erneut mit ihnen oder mit einem anderen Resolver.</translation>
    </message>
    <message>
        <source>The nameservers were not asked directly (--no-matrix): check again without it to see which one fails.</source>
        <translation>Die Nameserver wurden nicht direkt gefragt (--no-matrix): Prüfen Sie ohne diese Option erneut, um zu sehen, welcher versagt.</translation>
    </message>
    <message>
        <source>The CAA query for {name} timed out. Nameservers or firewalls that drop queries for type 257 cause this; CAs refuse until it answers.</source>
        <translation>Die CAA-Abfrage für {name} lief in eine Zeitüberschreitung. Das verursachen Nameserver oder Firewalls, die Abfragen vom Typ 257 verwerfen; CAs verweigern, bis sie beantwortet wird.</translation>
    </message>
    <message>
        <source>The nameserver matrix shows which server drops them.</source>
        <translation>Die Nameserver-Matrix zeigt, welcher Server sie verwirft.</translation>
    </message>
    <message>
        <source>It copies {parent}&apos;s iodef and other records too, for the CAs that read them.</source>
        <translation>Sie übernimmt auch den iodef- und die übrigen Einträge von {parent}, für die CAs, die sie lesen.</translation>
    </message>
    <message>
        <source>{name} does not exist in DNS yet (NXDOMAIN): these records create it. A CA can validate it only once it has what the challenge needs: an address record for http-01 or tls-alpn-01, or the _acme-challenge TXT record for dns-01.</source>
        <translation>{name} existiert im DNS noch nicht (NXDOMAIN): Diese Einträge legen den Namen an. Eine CA kann ihn erst validieren, wenn er hat, was die Challenge braucht: einen Adresseintrag für http-01 oder tls-alpn-01, oder den TXT-Eintrag _acme-challenge für dns-01.</translation>
    </message>
    <message>
        <source>ask the nameservers too, or another resolver</source>
        <translation>auch die Nameserver oder einen anderen Resolver fragen</translation>
    </message>
    <message>
        <source>    DNS message (%1 octets): %2</source>
        <translation>    DNS-Nachricht (%1 Oktette): %2</translation>
    </message>
    <message>
        <source>%1 in the loaded zone files: %2</source>
        <translation>%1 in den geladenen Zonendateien: %2</translation>
    </message>
    <message>
        <source>%1 as your resolver answered it: %2</source>
        <translation>%1, wie Ihr Resolver antwortete: %2</translation>
    </message>
    <message>
        <source>    alias chain: %1</source>
        <translation>    Alias-Kette: %1</translation>
    </message>
    <message>
        <source>    Extended DNS Error %1 %2</source>
        <translation>    Extended DNS Error %1 %2</translation>
    </message>
    <message>
        <source>    answered by %1</source>
        <translation>    beantwortet von %1</translation>
    </message>
    <message>
        <source>No nameserver was asked: the resolver answered nothing.</source>
        <translation>Kein Nameserver wurde gefragt: Der Resolver hat nichts beantwortet.</translation>
    </message>
    <message>
        <source>The nameservers were not asked directly.</source>
        <translation>Die Nameserver wurden nicht direkt gefragt.</translation>
    </message>
    <message>
        <source>The authoritative servers were not asked about %1: a name closer to the one checked decided.</source>
        <translation>Die autoritativen Server wurden nicht nach %1 gefragt: Ein näher am geprüften Namen liegender Name hat entschieden.</translation>
    </message>
    <message>
        <source>%1 as its authoritative servers answer it (asked directly, RD=0):</source>
        <translation>%1, wie seine autoritativen Server antworten (direkt gefragt, RD=0):</translation>
    </message>
    <message>
        <source>, serial %1</source>
        <translation>, Seriennummer %1</translation>
    </message>
    <message>
        <source>  %1 (%2), zone %3%4: UDP %5, TCP %6%7</source>
        <translation>  %1 (%2), Zone %3%4: UDP %5, TCP %6%7</translation>
    </message>
    <message>
        <source>  ≠ your resolver</source>
        <translation>  ≠ Ihr Resolver</translation>
    </message>
    <message>
        <source>Every server answers as your resolver did.</source>
        <translation>Jeder Server antwortet wie Ihr Resolver.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) answer differently from your resolver.</source>
        <translation>
            <numerusform>%n Server antwortet anders als Ihr Resolver.</numerusform>
            <numerusform>%n Server antworten anders als Ihr Resolver.</numerusform>
        </translation>
    </message>
    <message>
        <source>The verdict was judged on the servers&apos; answers.</source>
        <translation>Das Urteil beruht auf den Antworten der Server.</translation>
    </message>
    <message>
        <source>The verdict was judged on your resolver&apos;s answers.</source>
        <translation>Das Urteil beruht auf den Antworten Ihres Resolvers.</translation>
    </message>
    <message>
        <source>The servers&apos; answers are not validated: your resolver rejected them because their DNSSEC does not validate (the verdict&apos;s findings say why).</source>
        <translation>Die Antworten der Server sind nicht validiert: Ihr Resolver hat sie verworfen, weil ihr DNSSEC nicht validiert (die Befunde des Urteils sagen, warum).</translation>
    </message>
    <message>
        <source>%1&apos;s CAA identifier (CCADB)</source>
        <translation>CAA-Kennung von %1 (CCADB)</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the name has an empty label (two dots in a row, or a leading dot)</source>
        <translation>der Name hat ein leeres Label (zwei Punkte hintereinander oder ein Punkt am Anfang)</translation>
    </message>
    <message>
        <source>a label is longer than 63 octets</source>
        <translation>ein Label ist länger als 63 Oktette</translation>
    </message>
    <message>
        <source>the name is longer than 253 characters</source>
        <translation>der Name ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>the name contains a character not allowed in host names</source>
        <translation>der Name enthält ein Zeichen, das in Hostnamen nicht erlaubt ist</translation>
    </message>
    <message>
        <source>the name contains non-ASCII characters that are not a valid internationalised name</source>
        <translation>der Name enthält Nicht-ASCII-Zeichen, die keinen gültigen internationalisierten Namen ergeben</translation>
    </message>
    <message>
        <source>&apos;*&apos; may only be the whole leftmost label</source>
        <translation>„*“ darf nur das ganze Label ganz links sein</translation>
    </message>
    <message>
        <source>a label starts or ends with &apos;-&apos;, which no host name does</source>
        <translation>ein Label beginnt oder endet mit „-“, was kein Hostname tut</translation>
    </message>
    <message>
        <source>an &quot;xn--&quot; label is not valid Punycode (an internationalised label must decode)</source>
        <translation>ein „xn--“-Label ist kein gültiger Punycode (ein internationalisiertes Label muss sich dekodieren lassen)</translation>
    </message>
    <message>
        <source>&apos;*&apos; alone is no name: a wildcard stands under one (*.example.com)</source>
        <translation>„*“ allein ist kein Name: ein Wildcard steht unter einem (*.example.com)</translation>
    </message>
    <message>
        <source>it ends in a number, which no top-level domain is (an IP address is written without a trailing dot or wildcard, and CAA does not apply to it)</source>
        <translation>er endet auf eine Zahl, und keine Top-Level-Domain ist eine Zahl (eine IP-Adresse wird ohne Punkt am Ende und ohne Wildcard geschrieben, und CAA gilt für sie nicht)</translation>
    </message>
    <message>
        <source>the line is longer than 65,536 characters; no name is that long</source>
        <translation>die Zeile ist länger als 65.536 Zeichen; so lang ist kein Name</translation>
    </message>
    <message>
        <source>This issue record (&quot;{value}&quot;) names no CA, so it forbids every CA.</source>
        <translation>Dieser issue-Eintrag („{value}“) nennt keine CA und verbietet damit jeder CA die Ausstellung.</translation>
    </message>
    <message>
        <source>No certificate was read: {host} has no IPv4 or IPv6 address.</source>
        <translation>Kein Zertifikat gelesen: {host} hat keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>No certificate was read: no TLS server listens on {host} port {port} (connection refused).</source>
        <translation>Kein Zertifikat gelesen: Auf {host} Port {port} lauscht kein TLS-Server (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>No certificate was read: {host} port {port} could not be reached.</source>
        <translation>Kein Zertifikat gelesen: {host} Port {port} ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>No certificate was read: the server at {host} port {port} does not speak TLS, or the handshake failed.</source>
        <translation>Kein Zertifikat gelesen: Der Server {host} Port {port} spricht kein TLS, oder der Handshake ist gescheitert.</translation>
    </message>
    <message>
        <source>The CAA check itself is unaffected.</source>
        <translation>Die CAA-Prüfung selbst ist davon nicht betroffen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is larger than 4 MiB: no certificate chain is that large.</source>
        <translation>Die Datei ist größer als 4 MiB: So groß ist keine Zertifikatskette.</translation>
    </message>
    <message>
        <source>The file holds no certificate (PEM with a CERTIFICATE block, or DER).</source>
        <translation>Die Datei enthält kein Zertifikat (PEM mit einem CERTIFICATE-Block oder DER).</translation>
    </message>
    <message>
        <source>The certificate in the file is damaged: its PEM block does not decode to a certificate.</source>
        <translation>Das Zertifikat in der Datei ist beschädigt: Sein PEM-Block ergibt kein Zertifikat.</translation>
    </message>
    <message>
        <source>The file holds a certificate request, not a certificate: no CA has issued it yet.</source>
        <translation>Die Datei enthält einen Zertifikatsantrag, kein Zertifikat: Noch keine CA hat es ausgestellt.</translation>
    </message>
    <message>
        <source>Certificates cannot be read: Qt found no TLS backend (install OpenSSL 3).</source>
        <translation>Zertifikate können nicht gelesen werden: Qt hat kein TLS-Backend gefunden (OpenSSL 3 installieren).</translation>
    </message>
    <message>
        <source>Valid until {notAfter}; it is due for renewal now.</source>
        <translation>Gültig bis {notAfter}; die Erneuerung ist jetzt fällig.</translation>
    </message>
    <message>
        <source>Valid until {notAfter}; renewal usually around {renewal} (in {days} days).</source>
        <translation>Gültig bis {notAfter}; erneuert wird meist um den {renewal} (in {days} Tagen).</translation>
    </message>
    <message>
        <source>It is self-signed: no CA renews it, and CAA does not apply to it.</source>
        <translation>Es ist selbstsigniert: Keine CA erneuert es, und CAA gilt dafür nicht.</translation>
    </message>
    <message>
        <source>Whether CAA allows its CA to renew cannot be told: the issuer is unknown.</source>
        <translation>Ob CAA seiner CA die Erneuerung erlaubt, lässt sich nicht sagen: Der Aussteller ist unbekannt.</translation>
    </message>
    <message>
        <source>CAA allows {ca}: its renewals are allowed.</source>
        <translation>CAA erlaubt {ca}: Seine Erneuerungen sind erlaubt.</translation>
    </message>
    <message>
        <source>CAA does not allow {ca}: its next renewal will fail.</source>
        <translation>CAA erlaubt {ca} nicht: Die nächste Erneuerung wird scheitern.</translation>
    </message>
    <message>
        <source>Whether CAA allows {ca} cannot be told: a lookup failed.</source>
        <translation>Ob CAA {ca} erlaubt, lässt sich nicht sagen: Eine Abfrage ist gescheitert.</translation>
    </message>
    <message>
        <source>unknown CA</source>
        <translation>unbekannte CA</translation>
    </message>
    <message>
        <source>CAA allows it</source>
        <translation>CAA erlaubt sie</translation>
    </message>
    <message>
        <source>CAA refuses it now</source>
        <translation>CAA lehnt sie jetzt ab</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>nicht feststellbar</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n certificates, latest %2; %3)</source>
        <translation>
            <numerusform>%1 (%n Zertifikat, zuletzt %2; %3)</numerusform>
            <numerusform>%1 (%n Zertifikate, zuletzt %2; %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued lately by: %1.</source>
        <translation>Zuletzt ausgestellt von: %1.</translation>
    </message>
    <message>
        <source>{owner} is an alias (CNAME) of {target}</source>
        <translation>{owner} ist ein Alias (CNAME) von {target}</translation>
    </message>
    <message>
        <source>the zone {owner} is served by {target}</source>
        <translation>die Zone {owner} wird von {target} bedient</translation>
    </message>
    <message>
        <source>The certificate in use for {name} was issued by {ca} (issuing CA {issuer}), and CAA does not allow {ca}: its next renewal will fail. The certificate is valid until {notAfter}; renewals usually happen around {renewal}. Add the identifier {identifier} to the records, or move to a CA they allow.</source>
        <translation>Das verwendete Zertifikat für {name} hat {ca} ausgestellt (ausstellende CA {issuer}), und CAA erlaubt {ca} nicht: Die nächste Erneuerung wird scheitern. Das Zertifikat ist gültig bis {notAfter}; erneuert wird meist um den {renewal}. Fügen Sie den Bezeichner {identifier} zu den Einträgen hinzu, oder wechseln Sie zu einer CA, die sie erlauben.</translation>
    </message>
    <message>
        <source>The certificate in use is self-signed (&quot;{issuer}&quot;): no public CA issued it, so CAA says nothing about who renews it.</source>
        <translation>Das verwendete Zertifikat ist selbstsigniert („{issuer}“): Keine öffentliche CA hat es ausgestellt, daher sagt CAA nichts darüber, wer es erneuert.</translation>
    </message>
    <message>
        <source>The certificate in use was issued by &quot;{issuer}&quot;, which is no issuing CA in CCADB&apos;s report or CAA Doctor&apos;s list of the CAs that issue most web certificates: whether CAA allows it cannot be told.</source>
        <translation>Das verwendete Zertifikat hat „{issuer}“ ausgestellt; das ist keine ausstellende CA im Bericht der CCADB oder in CAA Doctors Liste der CAs, die die meisten Webzertifikate ausstellen: Ob CAA sie erlaubt, lässt sich nicht sagen.</translation>
    </message>
    <message>
        <source>{name} is on {platform} (its zone {owner} is served by {target}), which gets certificates from CAs the CAA records do not allow: {platform} cannot issue or renew a certificate for {name}. Add {identifier}.</source>
        <translation>{name} liegt bei {platform} (die Zone {owner} wird von {target} bedient), das Zertifikate von CAs bezieht, die die CAA-Einträge nicht erlauben: {platform} kann für {name} kein Zertifikat ausstellen oder erneuern. Fügen Sie {identifier} hinzu.</translation>
    </message>
    <message>
        <source>{name} is served by {platform} ({owner} is an alias of {target}), which gets certificates from CAs the CAA records do not allow: {platform} cannot issue or renew a certificate for {name}. Add {identifier}.</source>
        <translation>{name} wird von {platform} bedient ({owner} ist ein Alias von {target}), das Zertifikate von CAs bezieht, die die CAA-Einträge nicht erlauben: {platform} kann für {name} kein Zertifikat ausstellen oder erneuern. Fügen Sie {identifier} hinzu.</translation>
    </message>
    <message>
        <source>No certificate was read: {host} is an alias of {aliasTarget}, which has no IPv4 or IPv6 address.</source>
        <translation>Kein Zertifikat gelesen: {host} ist ein Alias von {aliasTarget}, das keine IPv4- oder IPv6-Adresse hat.</translation>
    </message>
    <message>
        <source>No certificate was read: the addresses of {host} could not be looked up.</source>
        <translation>Kein Zertifikat gelesen: Die Adressen von {host} konnten nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>No certificate was read: the server at {host} port {port} accepted the connection but did not finish the TLS handshake within {seconds} s.</source>
        <translation>Kein Zertifikat gelesen: Der Server {host} Port {port} hat die Verbindung angenommen, den TLS-Handshake aber nicht innerhalb von {seconds} s abgeschlossen.</translation>
    </message>
    <message>
        <source>No certificate was read: the server at {host} port {port} sends a certificate chain larger than TLS clients accept (about 100 kB), so browsers and ACME clients fail to connect as well.</source>
        <translation>Kein Zertifikat gelesen: Der Server {host} Port {port} sendet eine Zertifikatskette, die größer ist, als TLS-Clients annehmen (etwa 100 kB); auch Browser und ACME-Clients scheitern daher beim Verbinden.</translation>
    </message>
    <message>
        <source>(TLS library: %1)</source>
        <translation>(TLS-Bibliothek: %1)</translation>
    </message>
    <message>
        <source>It is not a regular file (a folder, a pipe or a device): give the certificate&apos;s file.</source>
        <translation>Das ist keine gewöhnliche Datei (ein Ordner, eine Pipe oder ein Gerät): Geben Sie die Datei des Zertifikats an.</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>Die Datei lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The file holds a private key, not a certificate: open the certificate&apos;s file (.pem, .crt, .cer).</source>
        <translation>Die Datei enthält einen privaten Schlüssel, kein Zertifikat: Öffnen Sie die Datei des Zertifikats (.pem, .crt, .cer).</translation>
    </message>
    <message>
        <source>The file holds only CA certificates (roots or intermediates), not a server&apos;s certificate.</source>
        <translation>Die Datei enthält nur CA-Zertifikate (Wurzel- oder Zwischenzertifikate), kein Serverzertifikat.</translation>
    </message>
    <message>
        <source>Expired on {notAfter}: it was not renewed in time.</source>
        <translation>Abgelaufen am {notAfter}: Es wurde nicht rechtzeitig erneuert.</translation>
    </message>
    <message>
        <source>Valid until {notAfter}.</source>
        <translation>Gültig bis {notAfter}.</translation>
    </message>
    <message>
        <source>It is not for this name, so no renewal verdict is given.</source>
        <translation>Es gilt nicht für diesen Namen, daher gibt es kein Urteil zur Erneuerung.</translation>
    </message>
    <message>
        <source>CAA allows {ca} now, so a renewal would be allowed.</source>
        <translation>CAA erlaubt {ca} jetzt, eine Erneuerung wäre also erlaubt.</translation>
    </message>
    <message>
        <source>No usable answer from %1: %2.</source>
        <translation>Keine brauchbare Antwort von %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the answer were left out (no issuer or date, dated in the future, or for other names).</source>
        <translation>
            <numerusform>%n Eintrag der Antwort wurde ausgelassen (ohne Aussteller oder Datum, in der Zukunft datiert oder für andere Namen).</numerusform>
            <numerusform>%n Einträge der Antwort wurden ausgelassen (ohne Aussteller oder Datum, in der Zukunft datiert oder für andere Namen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No certificate for this name from the last %n days.</source>
        <translation>
            <numerusform>Kein Zertifikat für diesen Namen aus dem letzten Tag.</numerusform>
            <numerusform>Kein Zertifikat für diesen Namen aus den letzten %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more issuers, with older certificates.</source>
        <translation>
            <numerusform>Und %n weiterer Aussteller mit älteren Zertifikaten.</numerusform>
            <numerusform>Und %n weitere Aussteller mit älteren Zertifikaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>But the certificate in use comes from %1, which these records do not allow: its next renewal will fail (see Who issues).</source>
        <translation>Das verwendete Zertifikat stammt aber von %1, das diese Einträge nicht erlauben: Seine nächste Erneuerung wird scheitern (siehe Wer ausstellt).</translation>
    </message>
    <message>
        <source>But %1 serves this name and gets its certificates from CAs these records do not allow (see Who issues).</source>
        <translation>Aber %1 bedient diesen Namen und bezieht seine Zertifikate von CAs, die diese Einträge nicht erlauben (siehe Wer ausstellt).</translation>
    </message>
    <message>
        <source>{name} is an alias of {aliasTarget}, which does not exist in DNS (NXDOMAIN): a CA can validate {name} only once its alias leads to the records its challenge needs.</source>
        <translation>{name} ist ein Alias von {aliasTarget}, das im DNS nicht existiert (NXDOMAIN): Eine CA kann {name} erst validieren, wenn sein Alias zu den Einträgen führt, die ihre Challenge braucht.</translation>
    </message>
    <message>
        <source>The certificate in the file is not for {name} (it is for {names}): its issuer says nothing about who issues for {name}, so no renewal verdict is given.</source>
        <translation>Das Zertifikat in der Datei ist nicht für {name} (es ist für {names}): Sein Aussteller sagt nichts darüber, wer für {name} ausstellt, daher gibt es kein Urteil zur Erneuerung.</translation>
    </message>
    <message>
        <source>The certificate the server presents is not for {name} (it is for {names}): probably the server&apos;s default certificate, so its issuer says little about who issues for {name}, and no renewal verdict is given.</source>
        <translation>Das Zertifikat, das der Server vorlegt, ist nicht für {name} (es ist für {names}): vermutlich das Standardzertifikat des Servers; sein Aussteller sagt daher wenig darüber, wer für {name} ausstellt, und es gibt kein Urteil zur Erneuerung.</translation>
    </message>
</context>
<context>
    <name>ProviderForms</name>
    <message>
        <source>Any provider (Flags / Tag / Value)</source>
        <translation>Beliebiger Anbieter (Flags / Tag / Wert)</translation>
    </message>
    <message>
        <source>Only allow specific hostnames (issue)</source>
        <translation>Only allow specific hostnames (issue)</translation>
    </message>
    <message>
        <source>Only allow wildcards (issuewild)</source>
        <translation>Only allow wildcards (issuewild)</translation>
    </message>
    <message>
        <source>Send violation reports to URL (iodef)</source>
        <translation>Send violation reports to URL (iodef)</translation>
    </message>
    <message>
        <source>Type: CAA</source>
        <translation>Type: CAA</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Flags: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <source>CA domain name: %1</source>
        <translation>CA domain name: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Value: %1</translation>
    </message>
    <message>
        <source>Record name: %1</source>
        <translation>Record name: %1</translation>
    </message>
    <message>
        <source>Record type: CAA</source>
        <translation>Record type: CAA</translation>
    </message>
    <message>
        <source>DNS name: %1</source>
        <translation>DNS name: %1</translation>
    </message>
    <message>
        <source>Resource record type: CAA</source>
        <translation>Resource record type: CAA</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Hostname: %1</source>
        <translation>Hostname: %1</translation>
    </message>
    <message>
        <source>Authority granted for: %1</source>
        <translation>Authority granted for: %1</translation>
    </message>
    <message>
        <source>Flag: %1</source>
        <translation>Flag: %1</translation>
    </message>
    <message>
        <source>Certificate authority: %1</source>
        <translation>Certificate authority: %1</translation>
    </message>
    <message>
        <source>Sub-domain: %1</source>
        <translation>Sub-domain: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>Add a record:</source>
        <translation>Eintrag hinzufügen:</translation>
    </message>
    <message>
        <source>Change the record %1 at %2 to:</source>
        <translation>Eintrag %1 bei %2 ändern in:</translation>
    </message>
    <message>
        <source>Delete the record %1 at %2.</source>
        <translation>Eintrag %1 bei %2 löschen.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Most panels want the name relative to the zone: “@” for the zone&apos;s own name.</source>
        <translation>Die meisten Oberflächen erwarten den Namen relativ zur Zone: „@“ für den Namen der Zone selbst.</translation>
    </message>
    <message>
        <source>Type the value without quotes and without “0 issue”: Flags, Tag and Value are separate fields.</source>
        <translation>Geben Sie den Wert ohne Anführungszeichen und ohne „0 issue“ ein: Flags, Tag und Wert sind eigene Felder.</translation>
    </message>
    <message>
        <source>Do not type quotes or “0 issue” into the CA domain name field.</source>
        <translation>Geben Sie in das Feld „CA domain name“ weder Anführungszeichen noch „0 issue“ ein.</translation>
    </message>
    <message>
        <source>With Universal SSL or advanced certificates, Cloudflare adds CAA records for its own CAs as soon as any CAA record exists. The dashboard does not show them; DNS answers (and this program) do.</source>
        <translation>Mit Universal SSL oder Advanced Certificates fügt Cloudflare CAA-Einträge für die eigenen CAs hinzu, sobald irgendein CAA-Eintrag existiert. Das Dashboard zeigt sie nicht; DNS-Antworten (und dieses Programm) schon.</translation>
    </message>
    <message>
        <source>Route 53 wants each record as flags, tag and the value in double quotes, one record per line of the same record set: add the line to the existing CAA record set rather than creating a second one.</source>
        <translation>Route 53 erwartet jeden Eintrag als Flags, Tag und den Wert in doppelten Anführungszeichen, ein Eintrag pro Zeile desselben Record-Sets: Fügen Sie die Zeile dem vorhandenen CAA-Record-Set hinzu, statt ein zweites anzulegen.</translation>
    </message>
    <message>
        <source>All CAA records of a name are one record set: add the data as another item of it.</source>
        <translation>Alle CAA-Einträge eines Namens bilden ein Record-Set: Fügen Sie die Daten als weiteres Element hinzu.</translation>
    </message>
    <message>
        <source>Keep Flags at 0. Azure&apos;s documentation calls flag 1 “issuer critical”; Let&apos;s Encrypt treats 1 as critical too, so an unknown tag with flag 1 blocks issuance.</source>
        <translation>Lassen Sie Flags auf 0. Die Azure-Dokumentation nennt Flag 1 „issuer critical“; Let&apos;s Encrypt wertet 1 ebenfalls als kritisch, ein unbekanntes Tag mit Flag 1 blockiert also die Ausstellung.</translation>
    </message>
    <message>
        <source>DigitalOcean&apos;s form asks for the CA&apos;s domain with a final dot and publishes it without one: check the published record here after saving.</source>
        <translation>Das Formular von DigitalOcean verlangt die Domain der CA mit abschließendem Punkt und veröffentlicht sie ohne: Prüfen Sie den veröffentlichten Eintrag nach dem Speichern hier.</translation>
    </message>
    <message>
        <source>DigitalOcean cannot store “;” (no CA allowed): this record has to be made elsewhere.</source>
        <translation>DigitalOcean kann „;“ (keine CA erlaubt) nicht speichern: Dieser Eintrag muss anderswo angelegt werden.</translation>
    </message>
    <message>
        <source>Hetzner wants the value in double quotes.</source>
        <translation>Hetzner erwartet den Wert in doppelten Anführungszeichen.</translation>
    </message>
    <message>
        <source>Hetzner rejects values with spaces (HTTP 422): write the parameters without spaces, such as letsencrypt.org;accounturi=…</source>
        <translation>Hetzner lehnt Werte mit Leerzeichen ab (HTTP 422): Schreiben Sie die Parameter ohne Leerzeichen, etwa letsencrypt.org;accounturi=…</translation>
    </message>
    <message>
        <source>Keep Flag at 0. GoDaddy&apos;s help suggests 128 for “non-standard” records, which makes every CA that does not know the tag refuse.</source>
        <translation>Lassen Sie Flag auf 0. Die GoDaddy-Hilfe empfiehlt 128 für „nicht standardisierte“ Einträge; dann verweigert jede CA, die das Tag nicht kennt.</translation>
    </message>
    <message>
        <source>Namecheap adds the quotes itself when they are missing; type them as shown.</source>
        <translation>Namecheap ergänzt fehlende Anführungszeichen selbst; geben Sie sie wie gezeigt ein.</translation>
    </message>
    <message>
        <source>OVH&apos;s panel has kept quote characters inside values: after saving, check here that the published value has no &apos; or &quot; in it.</source>
        <translation>Die OVH-Oberfläche hat Anführungszeichen im Wert stehen lassen: Prüfen Sie nach dem Speichern hier, dass der veröffentlichte Wert kein &apos; oder &quot; enthält.</translation>
    </message>
    <message>
        <source>Choose the “Custom” mode: DNSimple does not accept the whole “0 issue &quot;…&quot;” text in one field.</source>
        <translation>Wählen Sie den Modus „Custom“: DNSimple akzeptiert den ganzen Text „0 issue &quot;…&quot;“ nicht in einem Feld.</translation>
    </message>
    <message>
        <source>(leave empty: the zone&apos;s own name)</source>
        <translation>(leer lassen: der Name der Zone selbst)</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>not a name</source>
        <translation>kein gültiger Name</translation>
    </message>
    <message>
        <source>… %1 more octets (all of them are in the evidence bundle)</source>
        <translation>… %1 weitere Oktette (alle sind im Beweispaket enthalten)</translation>
    </message>
    <message>
        <source>not a valid DNS message: %1</source>
        <translation>keine gültige DNS-Nachricht: %1</translation>
    </message>
    <message>
        <source>%1 octets · %2 · flags %3 · %4 answer, %5 authority, %6 additional records</source>
        <translation>%1 Oktette · %2 · Flags %3 · Einträge: %4 Answer, %5 Authority, %6 Additional</translation>
    </message>
    <message>
        <source>CAA report for %1</source>
        <translation>CAA-Bericht für %1</translation>
    </message>
    <message>
        <source>CAA Doctor · %1</source>
        <translation>CAA Doctor · %1</translation>
    </message>
    <message>
        <source>checked %1 UTC</source>
        <translation>geprüft %1 UTC</translation>
    </message>
    <message>
        <source>Made again offline by CAA Doctor %1 from an evidence bundle</source>
        <translation>Offline neu erstellt mit CAA Doctor %1 aus einem Beweispaket</translation>
    </message>
    <message>
        <source>CAA Doctor %1 · Qt %2 · c-ares %3</source>
        <translation>CAA Doctor %1 · Qt %2 · c-ares %3</translation>
    </message>
    <message>
        <source>shown as %1</source>
        <translation>angezeigt als %1</translation>
    </message>
    <message>
        <source>a wildcard certificate: issuewild applies</source>
        <translation>ein Wildcard-Zertifikat: issuewild gilt</translation>
    </message>
    <message>
        <source>ACME account %1</source>
        <translation>ACME-Konto %1</translation>
    </message>
    <message>
        <source>validation method %1</source>
        <translation>Validierungsmethode %1</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>%1&lt;br/&gt;&lt;span class=&quot;small mono&quot;&gt;SHA-256 %2&lt;/span&gt;</source>
        <translation>%1&lt;br/&gt;&lt;span class=&quot;small mono&quot;&gt;SHA-256 %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>zone files (offline), nothing asked in live DNS</source>
        <translation>Zonendateien (offline), nichts im Live-DNS abgefragt</translation>
    </message>
    <message>
        <source>live DNS through %1</source>
        <translation>Live-DNS über %1</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Made again</source>
        <translation>Neu erstellt</translation>
    </message>
    <message>
        <source>offline from the evidence bundle %1 by CAA Doctor %2: the raw DNS messages were decoded again and each CA&apos;s rules applied again</source>
        <translation>offline aus dem Beweispaket %1 mit CAA Doctor %2: Die rohen DNS-Nachrichten wurden erneut dekodiert und die Regeln jeder CA erneut angewendet</translation>
    </message>
    <message>
        <source>Relevant name</source>
        <translation>Relevanter Name</translation>
    </message>
    <message>
        <source>none: no CAA records at the name or above it</source>
        <translation>keiner: keine CAA-Einträge beim Namen oder darüber</translation>
    </message>
    <message>
        <source>none found: the lookup for %1 failed first</source>
        <translation>keiner gefunden: Vorher schlug die Abfrage für %1 fehl</translation>
    </message>
    <message>
        <source>Tree climb</source>
        <translation>Baumaufstieg</translation>
    </message>
    <message>
        <source>RFC 8659 §3: the CA asks for CAA records at the name, then at each parent up to the top-level domain; the first name with CAA records decides.</source>
        <translation>RFC 8659 §3: Die CA fragt nach CAA-Einträgen beim Namen, dann bei jedem übergeordneten Namen bis zur Top-Level-Domain; der erste Name mit CAA-Einträgen entscheidet.</translation>
    </message>
    <message>
        <source>Relevant record set</source>
        <translation>Relevante Einträge</translation>
    </message>
    <message>
        <source>No CAA records apply: any CA may issue unless a lookup failed.</source>
        <translation>Es gelten keine CAA-Einträge: Jede CA darf ausstellen, sofern keine Abfrage fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>replaces line %1: %2</source>
        <translation>ersetzt Zeile %1: %2</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>ersetzt %1</translation>
    </message>
    <message>
        <source>removes %1</source>
        <translation>entfernt %1</translation>
    </message>
    <message>
        <source>for control panels that take only the RFC 3597 form: %1</source>
        <translation>für Oberflächen, die nur die RFC-3597-Form annehmen: %1</translation>
    </message>
    <message>
        <source>How %1 decides: %2</source>
        <translation>So entscheidet %1: %2</translation>
    </message>
    <message>
        <source>Other CAs on the same records</source>
        <translation>Andere CAs bei denselben Einträgen</translation>
    </message>
    <message>
        <source>Authoritative nameservers</source>
        <translation>Autoritative Nameserver</translation>
    </message>
    <message>
        <source>Every nameserver of each zone asked directly (RD=0) over UDP and TCP.</source>
        <translation>Jeder Nameserver jeder Zone wurde direkt (RD=0) über UDP und TCP abgefragt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nameserver</source>
        <translation>Nameserver</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Every authoritative nameserver answers the same, for CAA too.</source>
        <translation>Alle autoritativen Nameserver antworten gleich, auch für CAA.</translation>
    </message>
    <message>
        <source>Other resolvers</source>
        <translation>Andere Resolver</translation>
    </message>
    <message>
        <source>They all give the same answers.</source>
        <translation>Alle liefern dieselben Antworten.</translation>
    </message>
    <message>
        <source>Raw answers and how to reproduce</source>
        <translation>Rohe Antworten und wie Sie sie reproduzieren</translation>
    </message>
    <message>
        <source>These answers come from zone files. The same check, and the question to ask once the zone is published:</source>
        <translation>Diese Antworten stammen aus Zonendateien. Dieselbe Prüfung und die Abfrage, die Sie stellen können, sobald die Zone veröffentlicht ist:</translation>
    </message>
    <message>
        <source>Each name of the climb as the resolver answered it, with the command that asks the same question.</source>
        <translation>Jeder Name des Aufstiegs so, wie der Resolver ihn beantwortet hat, mit dem Befehl, der dieselbe Abfrage stellt.</translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation> · %1 ms</translation>
    </message>
    <message>
        <source> · EDE %1 %2</source>
        <translation> · EDE %1 %2</translation>
    </message>
    <message>
        <source>CA identifiers: the Common CA Database (CCADB) CAA identifier report, used under CDLA-Permissive-2.0. A single report carries its evidence bundle as a PDF attachment (caa-evidence.json), which CAA Doctor opens offline.</source>
        <translation>CA-Kennungen: CAA-Kennungsbericht der Common CA Database (CCADB), verwendet unter CDLA-Permissive-2.0. Ein Bericht zu einem einzelnen Namen enthält sein Beweispaket als PDF-Anhang (caa-evidence.json), den CAA Doctor offline öffnet.</translation>
    </message>
    <message>
        <source>made %1 UTC</source>
        <translation>erstellt %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n will refuse</source>
        <translation>
            <numerusform>verweigert: %n</numerusform>
            <numerusform>verweigert: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot tell</source>
        <translation>
            <numerusform>nicht feststellbar: %n</numerusform>
            <numerusform>nicht feststellbar: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not a name</source>
        <translation>
            <numerusform>%n ungültiger Name</numerusform>
            <numerusform>%n ungültige Namen</numerusform>
        </translation>
    </message>
    <message>
        <source>Names (%1)</source>
        <translation>Namen (%1)</translation>
    </message>
    <message>
        <source>The first %1 names are listed; export the table as CSV for all of them.</source>
        <translation>Die ersten %1 Namen sind aufgeführt; exportieren Sie die Tabelle als CSV, um alle zu erhalten.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>One entry per cause; the names it applies to are counted. Open a name in CAA Doctor for its full report.</source>
        <translation>Ein Eintrag pro Ursache; die betroffenen Namen werden gezählt. Öffnen Sie einen Namen in CAA Doctor, um seinen vollständigen Bericht zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n Name</numerusform>
            <numerusform>%n Namen</numerusform>
        </translation>
    </message>
    <message>
        <source>relevant records at %1</source>
        <translation>relevante Einträge bei %1</translation>
    </message>
    <message>
        <source>CA identifiers: the Common CA Database (CCADB) CAA identifier report, used under CDLA-Permissive-2.0.</source>
        <translation>CA-Kennungen: CAA-Kennungsbericht der Common CA Database (CCADB), verwendet unter CDLA-Permissive-2.0.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>CAA Doctor %1</source>
        <translation>CAA Doctor %1</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written; an earlier file of that name is unchanged.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Es wurde nichts geschrieben; eine vorhandene Datei dieses Namens bleibt unverändert.</translation>
    </message>
    <message>
        <source>… and %1 more causes, not listed here: export the table as CSV for all of them.</source>
        <translation>… und %1 weitere Ursachen, hier nicht aufgeführt: exportieren Sie die Tabelle als CSV, um alle zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n may issue</source>
        <translation>
            <numerusform>darf ausstellen: %n</numerusform>
            <numerusform>darf ausstellen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would report:</source>
        <translation>%1 würde melden:</translation>
    </message>
    <message>
        <source>Who issues</source>
        <translation>Wer ausstellt</translation>
    </message>
    <message>
        <source>Certificate in use</source>
        <translation>Verwendetes Zertifikat</translation>
    </message>
    <message>
        <source>read from the file %1</source>
        <translation>aus der Datei %1 gelesen</translation>
    </message>
    <message>
        <source>served by %1 port %2 (%3)</source>
        <translation>vorgelegt von %1 Port %2 (%3)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>no subjectAltName</source>
        <translation>kein subjectAltName</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>%1, CAA identifier %2 (from %3)</source>
        <translation>%1, CAA-Bezeichner %2 (aus %3)</translation>
    </message>
    <message>
        <source>not a CA CAA Doctor knows</source>
        <translation>keine CA, die CAA Doctor kennt</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>%1 to %2 UTC</source>
        <translation>%1 bis %2 UTC</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>verifies to a trusted root for %1</source>
        <translation>führt für %1 zu einer vertrauenswürdigen Wurzel</translation>
    </message>
    <message>
        <source>does not verify (%1); read and described anyway</source>
        <translation>nicht verifiziert (%1); trotzdem gelesen und beschrieben</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2). It issues with: %3.&lt;br/&gt;&lt;span class=&quot;small muted&quot;&gt;%4 Source: %5, read %6.&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2). Stellt aus mit: %3.&lt;br/&gt;&lt;span class=&quot;small muted&quot;&gt;%4 Quelle: %5, gelesen am %6.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Certificate Transparency</source>
        <translation>Certificate Transparency</translation>
    </message>
</context>
<context>
    <name>caa::BatchModel</name>
    <message>
        <source>not a name a certificate can have: %1</source>
        <translation>kein möglicher Name für ein Zertifikat: %1</translation>
    </message>
    <message>
        <source>not a name</source>
        <translation>kein gültiger Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Relevant name</source>
        <translation>Relevanter Name</translation>
    </message>
    <message>
        <source>Main finding</source>
        <translation>Hauptbefund</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>caa::BatchPage</name>
    <message>
        <source>Open a List…</source>
        <translation>Liste öffnen…</translation>
    </message>
    <message>
        <source>A text file with one name per line, a CSV export, or a certificate or CSR (PEM or DER)</source>
        <translation>Eine Textdatei mit einem Namen pro Zeile, ein CSV-Export oder ein Zertifikat bzw. CSR (PEM oder DER)</translation>
    </message>
    <message>
        <source>Drop a list of names (.txt, .csv) or a certificate or CSR (.pem, .crt, .csr) on the window: every name is checked in live DNS.</source>
        <translation>Ziehen Sie eine Namensliste (.txt, .csv) oder ein Zertifikat bzw. einen CSR (.pem, .crt, .csr) auf das Fenster: Jeder Name wird mit Live-DNS geprüft.</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Als CSV kopieren</translation>
    </message>
    <message>
        <source>The selected rows (all rows when none is selected); rows can also be dragged out</source>
        <translation>Die ausgewählten Zeilen (alle Zeilen, wenn keine ausgewählt ist); Zeilen lassen sich auch herausziehen</translation>
    </message>
    <message>
        <source>%v of %m names</source>
        <translation>%v von %m Namen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Filter names</source>
        <translation>Namen filtern</translation>
    </message>
    <message>
        <source>Only &amp;problems</source>
        <translation>Nur P&amp;robleme</translation>
    </message>
    <message>
        <source>Hide the names the CA will issue for</source>
        <translation>Namen ausblenden, für die die CA ausstellt</translation>
    </message>
    <message>
        <source>Batch results</source>
        <translation>Ergebnisse der Stapelprüfung</translation>
    </message>
    <message>
        <source>Double-click a name to see its full diagnosis</source>
        <translation>Doppelklicken Sie auf einen Namen, um seine vollständige Diagnose zu sehen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no names</source>
        <translation>keine Namen</translation>
    </message>
    <message>
        <source>%1 (column “%2”)</source>
        <translation>%1 (Spalte „%2“)</translation>
    </message>
    <message>
        <source>%1 (the names the certificate is for)</source>
        <translation>%1 (die Namen, für die das Zertifikat gilt)</translation>
    </message>
    <message numerus="yes">
        <source>%n not a name</source>
        <translation>
            <numerusform>%n ungültiger Name</numerusform>
            <numerusform>%n ungültige Namen</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped after %1 of %2</source>
        <translation>angehalten nach %1 von %2</translation>
    </message>
    <message>
        <source>results as CSV</source>
        <translation>Ergebnisse als CSV</translation>
    </message>
    <message>
        <source>Batch check of %1</source>
        <translation>Stapelprüfung von %1</translation>
    </message>
    <message>
        <source>Still running: %1 of %2 names checked.</source>
        <translation>Läuft noch: %1 von %2 Namen geprüft.</translation>
    </message>
    <message>
        <source>No list checked yet</source>
        <translation>Noch keine Liste geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) from %1, checked for %2 in live DNS (%3); each name&apos;s nameservers are asked too, as in a check of one name.</source>
        <translation>
            <numerusform>%n Name aus %1, für %2 im Live-DNS (%3) geprüft; auch die Nameserver des Namens werden gefragt, wie bei der Prüfung eines einzelnen Namens.</numerusform>
            <numerusform>%n Namen aus %1, für %2 im Live-DNS (%3) geprüft; auch die Nameserver jedes Namens werden gefragt, wie bei der Prüfung eines einzelnen Namens.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may issue · %2 will refuse · %3 cannot tell</source>
        <translation>darf ausstellen: %1 · verweigert: %2 · nicht feststellbar: %3</translation>
    </message>
</context>
<context>
    <name>caa::ClimbView</name>
    <message>
        <source>Tree climb</source>
        <translation>Baumaufstieg</translation>
    </message>
    <message>
        <source>The names CAs ask for CAA records, from the certificate name to the top-level domain. Use the arrow keys to select a name.</source>
        <translation>Die Namen, bei denen CAs nach CAA-Einträgen fragen, vom Zertifikatsnamen bis zur Top-Level-Domain. Wählen Sie mit den Pfeiltasten einen Namen aus.</translation>
    </message>
    <message>
        <source>Tree climb: %1</source>
        <translation>Baumaufstieg: %1</translation>
    </message>
    <message>
        <source>Enter a name and press Check: every name from it up to the top-level domain is asked at once, and the first one with CAA records decides.</source>
        <translation>Geben Sie einen Namen ein und klicken Sie auf „Prüfen“: Alle Namen von diesem bis zur Top-Level-Domain werden gleichzeitig abgefragt, und der erste mit CAA-Einträgen entscheidet.</translation>
    </message>
    <message>
        <source>RELEVANT SET · BLOCKS</source>
        <translation>RELEVANTE MENGE · BLOCKIERT</translation>
    </message>
    <message>
        <source>RELEVANT SET · ALLOWS</source>
        <translation>RELEVANTE MENGE · ERLAUBT</translation>
    </message>
    <message>
        <source>LOOKUP FAILED</source>
        <translation>ABFRAGE FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>not consulted</source>
        <translation>nicht berücksichtigt</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>frage ab…</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1 weitere</translation>
    </message>
    <message>
        <source>alias → %1</source>
        <translation>Alias → %1</translation>
    </message>
    <message>
        <source>. (the root) — never queried</source>
        <translation>. (die Wurzel) — wird nie abgefragt</translation>
    </message>
    <message>
        <source>DNAME at %1 → %2</source>
        <translation>DNAME bei %1 → %2</translation>
    </message>
    <message>
        <source>RELEVANT SET · DIFFERS BY NAMESERVER</source>
        <translation>RELEVANTE MENGE · JE NACH NAMESERVER VERSCHIEDEN</translation>
    </message>
    <message>
        <source>not answered: cancelled</source>
        <translation>keine Antwort: abgebrochen</translation>
    </message>
</context>
<context>
    <name>caa::DiagnosisPage</name>
    <message>
        <source>Review and Save…</source>
        <translation>Prüfen und speichern…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Not asked: the resolver answered nothing, so no nameserver could be found through it.</source>
        <translation>Nicht gefragt: Der Resolver hat nichts beantwortet, daher ließ sich über ihn kein Nameserver finden.</translation>
    </message>
    <message>
        <source>www.example.com, *.example.com or a URL</source>
        <translation>www.example.com, *.example.com oder eine URL</translation>
    </message>
    <message>
        <source>Name on the certificate</source>
        <translation>Name im Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificate &amp;authority</source>
        <translation>&amp;Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>&amp;Wildcard (*.name)</source>
        <translation>&amp;Wildcard (*.name)</translation>
    </message>
    <message>
        <source>Where the records come from</source>
        <translation>Herkunft der Einträge</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>your ACME account URL (optional), https://acme-v02.api.letsencrypt.org/acme/acct/…</source>
        <translation>Ihre ACME-Konto-URL (optional), https://acme-v02.api.letsencrypt.org/acme/acct/…</translation>
    </message>
    <message>
        <source>ACME account URI</source>
        <translation>ACME-Konto-URI</translation>
    </message>
    <message>
        <source>Acc&amp;ount URI</source>
        <translation>Konto-&amp;URI</translation>
    </message>
    <message>
        <source>Validation method</source>
        <translation>Validierungsmethode</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>beliebige Methode</translation>
    </message>
    <message>
        <source>Validation &amp;method</source>
        <translation>&amp;Validierungsmethode</translation>
    </message>
    <message>
        <source>ACME &amp;error</source>
        <translation>ACME-&amp;Fehler</translation>
    </message>
    <message>
        <source>Error message from the ACME client</source>
        <translation>Fehlermeldung des ACME-Clients</translation>
    </message>
    <message>
        <source>Paste what your ACME client printed (certbot, acme.sh, lego, Caddy, win-acme, or the problem JSON): the name and the kind of failure are taken from it.</source>
        <translation>Fügen Sie ein, was Ihr ACME-Client ausgegeben hat (certbot, acme.sh, lego, Caddy, win-acme oder das Problem-JSON): Name und Art des Fehlers werden daraus entnommen.</translation>
    </message>
    <message>
        <source>Tree climb</source>
        <translation>Baumaufstieg</translation>
    </message>
    <message>
        <source>RFC 8659 §3: every name from the certificate name up to the top-level domain; the first one with CAA records decides.</source>
        <translation>RFC 8659 §3: alle Namen vom Zertifikatsnamen bis zur Top-Level-Domain; der erste mit CAA-Einträgen entscheidet.</translation>
    </message>
    <message>
        <source>Enter a name and press Check.</source>
        <translation>Geben Sie einen Namen ein und klicken Sie auf „Prüfen“.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Issuer value</source>
        <translation>Ausstellerwert</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>In a DNS provider&apos;s web form, Flags, Tag and Value usually go in fields of their own, without quotes: “Copy as ▸ Web form fields for” writes them the way your provider names them (Cloudflare, Route 53, DigitalOcean, Hetzner, …), with its known pitfalls.</source>
        <translation>Im Webformular eines DNS-Anbieters stehen Flags, Tag und Wert meist in eigenen Feldern, ohne Anführungszeichen: „Kopieren als ▸ Webformular-Felder für“ schreibt sie so, wie Ihr Anbieter sie nennt (Cloudflare, Route 53, DigitalOcean, Hetzner, …), mit seinen bekannten Fallstricken.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Selected name</source>
        <translation>Ausgewählter Name</translation>
    </message>
    <message>
        <source>Live checks ask every authoritative nameserver directly.</source>
        <translation>Live-Prüfungen fragen jeden autoritativen Nameserver direkt.</translation>
    </message>
    <message>
        <source>Nameservers</source>
        <translation>Nameserver</translation>
    </message>
    <message>
        <source>Verdicts of several CAs for the name and its wildcard</source>
        <translation>Ergebnisse mehrerer CAs für den Namen und seine Wildcard</translation>
    </message>
    <message>
        <source>Add a CA: its CAA identifier, e.g. harica.gr</source>
        <translation>CA hinzufügen: ihre CAA-Kennung, z. B. harica.gr</translation>
    </message>
    <message>
        <source>“%1” is not a CAA identifier.</source>
        <translation>„%1“ ist keine CAA-Kennung.</translation>
    </message>
    <message>
        <source>All CAs</source>
        <translation>Alle CAs</translation>
    </message>
    <message>
        <source>Live DNS (unavailable)</source>
        <translation>Live-DNS (nicht verfügbar)</translation>
    </message>
    <message>
        <source>Live DNS — system resolver %1</source>
        <translation>Live-DNS — System-Resolver %1</translation>
    </message>
    <message>
        <source>Live DNS — resolver %1</source>
        <translation>Live-DNS — Resolver %1</translation>
    </message>
    <message>
        <source>Live DNS through %1</source>
        <translation>Live-DNS über %1</translation>
    </message>
    <message>
        <source>Live DNS — the system&apos;s resolver</source>
        <translation>Live-DNS — der Resolver des Systems</translation>
    </message>
    <message>
        <source>Live DNS — %1 (from the settings)</source>
        <translation>Live-DNS — %1 (aus den Einstellungen)</translation>
    </message>
    <message>
        <source>Zone files…</source>
        <translation>Zonendateien…</translation>
    </message>
    <message>
        <source>Zone files: %1</source>
        <translation>Zonendateien: %1</translation>
    </message>
    <message>
        <source>Offline: answers come from %1</source>
        <translation>Offline: Antworten stammen aus %1</translation>
    </message>
    <message>
        <source>The zone files have errors; records on those lines are missing from every check (the Zone Workspace lists them):
%1</source>
        <translation>Die Zonendateien enthalten Fehler; Einträge in diesen Zeilen fehlen bei jeder Prüfung (der Zonen-Arbeitsbereich listet sie auf):
%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No name found in the pasted text: type the name the certificate is for above, and it is checked with this error.</source>
        <translation>Im eingefügten Text wurde kein Name gefunden: Geben Sie oben den Namen ein, für den das Zertifikat ist, dann wird er mit diesem Fehler geprüft.</translation>
    </message>
    <message>
        <source>No name found in the pasted text. It should be what your ACME client printed, such as &quot;CAA record for example.com prevents issuance&quot;.</source>
        <translation>Im eingefügten Text wurde kein Name gefunden. Er sollte die Ausgabe Ihres ACME-Clients sein, etwa „CAA record for example.com prevents issuance“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The error message:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Fehlermeldung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt (letsencrypt.org)</source>
        <translation>Let&apos;s Encrypt (letsencrypt.org)</translation>
    </message>
    <message>
        <source>RFC 8659, read strictly</source>
        <translation>RFC 8659, streng gelesen</translation>
    </message>
    <message>
        <source>“%1” is not a name a certificate can have: %2.</source>
        <translation>„%1“ ist kein Name, den ein Zertifikat haben kann: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a name a certificate can have: %2 (at character %3).</source>
        <translation>„%1“ ist kein möglicher Name für ein Zertifikat: %2 (bei Zeichen %3).</translation>
    </message>
    <message>
        <source>“%1” is not an ACME account URL: it looks like https://acme-v02.api.letsencrypt.org/acme/acct/123456789.</source>
        <translation>„%1“ ist keine ACME-Konto-URL: Sie sieht aus wie https://acme-v02.api.letsencrypt.org/acme/acct/123456789.</translation>
    </message>
    <message>
        <source>“%1” is not a %2 account URL: they look like %3.</source>
        <translation>„%1“ ist keine Konto-URL von %2: diese sehen so aus: %3.</translation>
    </message>
    <message>
        <source>“%1” is not a CA this program knows: pick one from the list or type its CAA identifier.</source>
        <translation>„%1“ ist keine diesem Programm bekannte CA: Wählen Sie eine aus der Liste oder geben Sie ihre CAA-Kennung ein.</translation>
    </message>
    <message>
        <source>“%1” is not a CA identifier in the CCADB list, so it is checked as a private CA&apos;s. Did you mean %2?</source>
        <translation>„%1“ ist keine CA-Kennung aus der CCADB-Liste und wird daher als Kennung einer privaten CA geprüft. Meinten Sie %2?</translation>
    </message>
    <message>
        <source>%1 is checked when the zone files are read.</source>
        <translation>%1 wird geprüft, sobald die Zonendateien gelesen sind.</translation>
    </message>
    <message>
        <source>An IP address has no nameservers to ask: CAA applies to domain names only.</source>
        <translation>Eine IP-Adresse hat keine Nameserver, die man fragen könnte: CAA gilt nur für Domainnamen.</translation>
    </message>
    <message>
        <source>Asking every authoritative nameserver directly…</source>
        <translation>Frage jeden autoritativen Nameserver direkt ab…</translation>
    </message>
    <message>
        <source>Zone files have no nameservers to ask: check live DNS for this.</source>
        <translation>Zonendateien haben keine Nameserver zum Abfragen: Prüfen Sie dies mit Live-DNS.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 is an IP address: nothing to look up</source>
        <translation>%1 ist eine IP-Adresse: nichts abzufragen</translation>
    </message>
    <message>
        <source>%1 answered none of the %2 queries</source>
        <translation>%1 hat keine der %2 Anfragen beantwortet</translation>
    </message>
    <message>
        <source>%1 names asked at once · answered in %2 ms · %3</source>
        <translation>%1 Namen gleichzeitig abgefragt · beantwortet in %2 ms · %3</translation>
    </message>
    <message>
        <source>from zone files</source>
        <translation>aus Zonendateien</translation>
    </message>
    <message>
        <source>%1 is an IP address: there is no DNS name to climb and no nameserver to ask. CAA applies to domain names only (RFC 8659), so no CAA record can stop a CA from issuing for it.</source>
        <translation>%1 ist eine IP-Adresse: Es gibt keinen DNS-Namen zum Hochsteigen und keinen Nameserver zum Fragen. CAA gilt nur für Domainnamen (RFC 8659), daher kann kein CAA-Eintrag eine CA an der Ausstellung dafür hindern.</translation>
    </message>
    <message>
        <source>%1 (out of date: press Check)</source>
        <translation>%1 (veraltet: „Prüfen“ drücken)</translation>
    </message>
    <message>
        <source>Waiting for the answers…</source>
        <translation>Warte auf die Antworten…</translation>
    </message>
    <message>
        <source>%1 would report: %2</source>
        <translation>%1 würde melden: %2</translation>
    </message>
    <message>
        <source>How %1 decides: %2</source>
        <translation>So entscheidet %1: %2</translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation>Kopiert: %1.</translation>
    </message>
    <message>
        <source>This fix cannot be applied: %1</source>
        <translation>Diese Korrektur kann nicht angewendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) to the zone files, not saved yet.</source>
        <translation>
            <numerusform>%n Änderung an den Zonendateien, noch nicht gespeichert.</numerusform>
            <numerusform>%n Änderungen an den Zonendateien, noch nicht gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every authoritative nameserver answers the same, for CAA too.</source>
        <translation>Alle autoritativen Nameserver antworten gleich, auch für CAA.</translation>
    </message>
    <message>
        <source>Nameservers (%1)</source>
        <translation>Nameserver (%1)</translation>
    </message>
    <message>
        <source>The verdict on show is for %1: press Check for the question above.</source>
        <translation>Das angezeigte Urteil gilt für %1: Drücken Sie „Prüfen“ für die Frage oben.</translation>
    </message>
    <message>
        <source>Judged again from the same answers: no new lookup was needed.</source>
        <translation>Aus denselben Antworten neu bewertet: keine neue Abfrage nötig.</translation>
    </message>
    <message>
        <source>%1 is an IP address: no DNS name was looked up.</source>
        <translation>%1 ist eine IP-Adresse: Es wurde kein DNS-Name abgefragt.</translation>
    </message>
    <message>
        <source>Select a name in the tree climb to see how your resolver and each nameserver answered it.</source>
        <translation>Wählen Sie einen Namen im Baumaufstieg, um zu sehen, wie Ihr Resolver und jeder Nameserver ihn beantwortet haben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is over %2 MB: too big for an evidence bundle.</source>
        <translation>%1 ist größer als %2 MB: zu groß für ein Beweispaket.</translation>
    </message>
    <message>
        <source>%1 is not a usable evidence bundle: %2</source>
        <translation>%1 ist kein verwendbares Beweispaket: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline evidence&lt;/b&gt; from %1, checked %2 UTC through %3. Nothing was asked in DNS now: the saved answers were decoded again and each CA&apos;s rules applied again.</source>
        <translation>&lt;b&gt;Offline-Beweismaterial&lt;/b&gt; aus %1, geprüft %2 UTC über %3. Im DNS wurde jetzt nichts abgefragt: Die gespeicherten Antworten wurden erneut dekodiert und die Regeln jeder CA erneut angewendet.</translation>
    </message>
    <message>
        <source>zone files %1</source>
        <translation>Zonendateien %1</translation>
    </message>
    <message>
        <source>resolver %1</source>
        <translation>Resolver %1</translation>
    </message>
    <message>
        <source>The bundle has no nameserver answers.</source>
        <translation>Das Beweispaket enthält keine Nameserver-Antworten.</translation>
    </message>
    <message>
        <source>%1 (evidence)</source>
        <translation>%1 (Beweispaket)</translation>
    </message>
    <message>
        <source>Evidence bundle %1: re-evaluated offline</source>
        <translation>Beweispaket %1: offline neu ausgewertet</translation>
    </message>
    <message>
        <source>Check of %1 cancelled</source>
        <translation>Prüfung von %1 abgebrochen</translation>
    </message>
    <message>
        <source>No verdict: the answers that arrived before you cancelled are in the tree climb; the names marked “not answered” were still being asked. Press Check to ask again.</source>
        <translation>Kein Ergebnis: Die Antworten, die vor dem Abbruch eintrafen, stehen im Baumaufstieg; die als „keine Antwort“ markierten Namen wurden noch gefragt. Drücken Sie „Prüfen“, um erneut zu fragen.</translation>
    </message>
    <message>
        <source>Not asked: the check was cancelled.</source>
        <translation>Nicht gefragt: Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1 …</translation>
    </message>
    <message>
        <source>Evidence bundle %1 (offline)</source>
        <translation>Beweispaket %1 (offline)</translation>
    </message>
    <message>
        <source>Certificate in Use</source>
        <translation>Verwendetes Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Read the certificate in use from %1.</source>
        <translation>Das verwendete Zertifikat aus %1 gelesen.</translation>
    </message>
    <message>
        <source>%1: %2 The certificate in use is unchanged.</source>
        <translation>%1: %2 Das verwendete Zertifikat bleibt unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Read the certificate in use from %1 (%n damaged blocks skipped).</source>
        <translation>
            <numerusform>Das verwendete Zertifikat aus %1 gelesen (%n beschädigter Block übersprungen).</numerusform>
            <numerusform>Das verwendete Zertifikat aus %1 gelesen (%n beschädigte Blöcke übersprungen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caa::EvidenceBundle</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not a text of at most %1 characters</source>
        <translation>kein Text mit höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2</source>
        <translation>keine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>not a list of at most %1 entries</source>
        <translation>keine Liste mit höchstens %1 Einträgen</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>a tag or value with characters beyond one octet</source>
        <translation>ein Tag oder Wert mit Zeichen, die nicht in ein Oktett passen</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>not base64</source>
        <translation>kein Base64</translation>
    </message>
    <message>
        <source>has %1 names; the climb of %2 has %3</source>
        <translation>hat %1 Namen; der Aufstieg von %2 hat %3</translation>
    </message>
    <message>
        <source>“%1” where the climb has “%2”</source>
        <translation>„%1“, wo der Aufstieg „%2“ hat</translation>
    </message>
    <message>
        <source>unknown status “%1”</source>
        <translation>unbekannter Status „%1“</translation>
    </message>
    <message>
        <source>not a list of names</source>
        <translation>keine Liste von Namen</translation>
    </message>
    <message>
        <source>status records without records</source>
        <translation>Status „records“ ohne Einträge</translation>
    </message>
    <message>
        <source>unknown state “%1”</source>
        <translation>unbekannter Zustand „%1“</translation>
    </message>
    <message>
        <source>The raw message for %1 answers another question; the bundle&apos;s words for it were used.</source>
        <translation>Die Rohnachricht für %1 beantwortet eine andere Abfrage; die Angaben des Beweispakets dazu wurden verwendet.</translation>
    </message>
    <message>
        <source>The bundle&apos;s words for %1 (%2) differ from its raw DNS message (%3): the message was used.</source>
        <translation>Die Angaben des Beweispakets zu %1 (%2) weichen von seiner rohen DNS-Nachricht (%3) ab: Die Nachricht wurde verwendet.</translation>
    </message>
    <message>
        <source>not a CAA record</source>
        <translation>kein CAA-Eintrag</translation>
    </message>
    <message>
        <source>The file is %1 MB; an evidence bundle is at most %2 MB.</source>
        <translation>Die Datei ist %1 MB groß; ein Beweispaket ist höchstens %2 MB groß.</translation>
    </message>
    <message>
        <source>Not JSON: %1 at octet %2.</source>
        <translation>Kein JSON: %1 bei Oktett %2.</translation>
    </message>
    <message>
        <source>Not an evidence bundle: the JSON is not an object.</source>
        <translation>Kein Beweispaket: Das JSON ist kein Objekt.</translation>
    </message>
    <message>
        <source>Not an evidence bundle of CAA Doctor (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Kein Beweispaket von CAA Doctor (kein &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The bundle has format %1, made by a newer CAA Doctor; this one reads format %2.</source>
        <translation>Das Beweispaket hat Format %1 und stammt von einer neueren Version von CAA Doctor; diese Version liest Format %2.</translation>
    </message>
    <message>
        <source>“%1” is not a name: %2</source>
        <translation>„%1“ ist kein gültiger Name: %2</translation>
    </message>
    <message>
        <source>neither zone nor live</source>
        <translation>weder zone noch live</translation>
    </message>
    <message>
        <source>not an ISO 8601 time</source>
        <translation>keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>empty: no CA to ask</source>
        <translation>leer: keine CA zum Prüfen</translation>
    </message>
    <message>
        <source>“%1” is not a CA this version knows</source>
        <translation>„%1“ ist keine CA, die diese Version kennt</translation>
    </message>
    <message>
        <source>For %1 the bundle says %2 (%3); evaluated again here it is %4 (%5).</source>
        <translation>Für %1 nennt das Beweispaket %2 (%3); hier erneut ausgewertet ergibt sich %4 (%5).</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>pending: the check was not finished</source>
        <translation>ausstehend: die Prüfung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>more than %1 records in the bundle</source>
        <translation>mehr als %1 Einträge im Beweispaket</translation>
    </message>
    <message>
        <source>The raw message for %1 is not a DNS message (%2); the bundle&apos;s words for it were used.</source>
        <translation>Die rohe Nachricht für %1 ist keine DNS-Nachricht (%2); die Angaben des Beweispakets dazu wurden verwendet.</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1: the raw message does not decode; the JSON is used.</source>
        <translation>%1: Die Rohnachricht lässt sich nicht dekodieren; das JSON wird verwendet.</translation>
    </message>
    <message>
        <source>%1: the JSON does not match the raw message; the message is used.</source>
        <translation>%1: Das JSON passt nicht zur Rohnachricht; die Nachricht wird verwendet.</translation>
    </message>
    <message>
        <source>“%1” is no doubled form of %2</source>
        <translation>„%1“ ist keine doppelte Form von %2</translation>
    </message>
    <message>
        <source>empty, or too many records</source>
        <translation>leer oder zu viele Einträge</translation>
    </message>
    <message>
        <source>not a check of a zone the resolver fails, or its counts do not add up</source>
        <translation>keine Prüfung einer Zone, bei der der Resolver versagt, oder die Zahlen passen nicht zusammen</translation>
    </message>
    <message>
        <source>“%1” does not fit this check (its source, its climb or its nameserver matrix)</source>
        <translation>„%1“ passt nicht zu dieser Prüfung (ihrer Quelle, ihrem Aufstieg oder ihrer Nameserver-Matrix)</translation>
    </message>
    <message>
        <source>The bundle holds no DNS message for %1: its words for it (%2) were taken unchecked.</source>
        <translation>Das Bündel enthält keine DNS-Nachricht für %1: Seine Angaben dazu (%2) wurden ungeprüft übernommen.</translation>
    </message>
    <message>
        <source>The bundle holds no DNS message for the nameservers&apos; answers of %1: their words were taken unchecked.</source>
        <translation>Das Bündel enthält keine DNS-Nachricht für die Antworten der Nameserver zu %1: Ihre Angaben wurden ungeprüft übernommen.</translation>
    </message>
    <message>
        <source>“live” but the provenance names zone files</source>
        <translation>„live“, aber die Herkunftsangaben nennen Zonendateien</translation>
    </message>
    <message>
        <source>“zone” but the provenance names resolvers</source>
        <translation>„zone“, aber die Herkunftsangaben nennen Resolver</translation>
    </message>
    <message>
        <source>a check of zone files asks no nameservers</source>
        <translation>eine Prüfung von Zonendateien fragt keine Nameserver</translation>
    </message>
    <message>
        <source>The bundle holds no nameserver answers and does not say why (an edited or a partial bundle): the verdicts are judged on the resolver&apos;s answers alone, so servers that disagree or fail only for CAA are not seen.</source>
        <translation>Das Bündel enthält keine Antworten der Nameserver und sagt nicht, warum (ein bearbeitetes oder unvollständiges Bündel): Die Urteile beruhen allein auf den Antworten des Resolvers; Server, die abweichen oder nur bei CAA scheitern, bleiben unsichtbar.</translation>
    </message>
    <message>
        <source>The bundle says the certificate in use was issued by %1; read again from its chain here, it is %2.</source>
        <translation>Das Paket sagt, das verwendete Zertifikat habe %1 ausgestellt; hier erneut aus seiner Kette gelesen, ist es %2.</translation>
    </message>
    <message>
        <source>not a port number (1-65535)</source>
        <translation>keine Portnummer (1–65535)</translation>
    </message>
    <message>
        <source>The bundle names a certificate in use but its chain_pem holds no readable chain (%1): who issues is not shown.</source>
        <translation>Das Paket nennt ein verwendetes Zertifikat, aber sein chain_pem enthält keine lesbare Kette (%1): Wer ausstellt, wird nicht gezeigt.</translation>
    </message>
    <message>
        <source>not verified: the chain differs from the bundle&apos;s fingerprints</source>
        <translation>nicht verifiziert: Die Kette weicht von den Fingerabdrücken des Pakets ab</translation>
    </message>
    <message>
        <source>The bundle&apos;s chain differs from its own fingerprints (chain_sha256): it was changed after the check.</source>
        <translation>Die Kette des Pakets weicht von seinen eigenen Fingerabdrücken (chain_sha256) ab: Sie wurde nach der Prüfung geändert.</translation>
    </message>
</context>
<context>
    <name>caa::FixCard</name>
    <message>
        <source>Corrected record</source>
        <translation>Korrigierter Eintrag</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the corrected record</source>
        <translation>Korrigierten Eintrag kopieren</translation>
    </message>
    <message>
        <source>zone-file line</source>
        <translation>Zonendatei-Zeile</translation>
    </message>
    <message>
        <source>Copy as</source>
        <translation>Kopieren als</translation>
    </message>
    <message>
        <source>Zone-file line</source>
        <translation>Zonendatei-Zeile</translation>
    </message>
    <message>
        <source>RFC 3597 generic (old BIND, NSD, Windows DNS)</source>
        <translation>RFC 3597 generisch (altes BIND, NSD, Windows DNS)</translation>
    </message>
    <message>
        <source>RFC 3597 form</source>
        <translation>RFC-3597-Form</translation>
    </message>
    <message>
        <source>Apply to Zone File</source>
        <translation>Auf Zonendatei anwenden</translation>
    </message>
    <message>
        <source>Edits only this record in the zone file; you review the change before it is saved, and Undo takes it back.</source>
        <translation>Ändert nur diesen Eintrag in der Zonendatei; Sie prüfen die Änderung vor dem Speichern, und „Rückgängig“ nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Web form fields for</source>
        <translation>Webformular-Felder für</translation>
    </message>
    <message>
        <source>form fields for %1</source>
        <translation>Formularfelder für %1</translation>
    </message>
</context>
<context>
    <name>caa::IssuerDiffView</name>
    <message>
        <source>Issuer value compared with the expected one</source>
        <translation>Ausstellerwert im Vergleich zum erwarteten</translation>
    </message>
    <message>
        <source>found %1, expected %2: %3</source>
        <translation>gefunden %1, erwartet %2: %3</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
</context>
<context>
    <name>caa::MainWindow</name>
    <message>
        <source>About CAA Doctor</source>
        <translation>Über CAA Doctor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CAA Doctor %1&lt;/h3&gt;&lt;p&gt;Explains why a certificate authority refuses to issue because of DNS CAA records (RFC 8659), the way each CA decides, and how to fix it.&lt;/p&gt;&lt;p&gt;Qt %2 · c-ares %3&lt;/p&gt;&lt;p&gt;CA identifiers: the Common CA Database (CCADB) CAA identifier report, used under CDLA-Permissive-2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CAA Doctor %1&lt;/h3&gt;&lt;p&gt;Erklärt, warum eine Zertifizierungsstelle die Ausstellung wegen DNS-CAA-Einträgen (RFC 8659) verweigert, wie jede CA entscheidet und wie Sie das Problem beheben.&lt;/p&gt;&lt;p&gt;Qt %2 · c-ares %3&lt;/p&gt;&lt;p&gt;CA-Kennungen: CAA-Kennungsbericht der Common CA Database (CCADB), verwendet unter CDLA-Permissive-2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Zone Files…</source>
        <translation>&amp;Zonendateien öffnen…</translation>
    </message>
    <message>
        <source>Open Zone Files</source>
        <translation>Zonendateien öffnen</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.db *.txt *);;All files (*)</source>
        <translation>Zonendateien (*.zone *.db *.txt *);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Use &amp;Live DNS</source>
        <translation>&amp;Live-DNS verwenden</translation>
    </message>
    <message>
        <source>&amp;Review and Save Zone Changes…</source>
        <translation>Zonenänderungen prüfen und &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CAA Doctor</source>
        <translation>&amp;Über CAA Doctor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation>Kopiert: %1.</translation>
    </message>
    <message>
        <source>Save Zone Changes</source>
        <translation>Zonenänderungen speichern</translation>
    </message>
    <message>
        <source>Nothing more was saved: %1</source>
        <translation>Nichts weiter wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;Paste an Error</source>
        <translation>&amp;Fehlermeldung einfügen</translation>
    </message>
    <message>
        <source>CAA Doctor[*]</source>
        <translation>CAA Doctor[*]</translation>
    </message>
    <message>
        <source>Check a List of Names</source>
        <translation>Namensliste prüfen</translation>
    </message>
    <message>
        <source>Lists and certificates (*.txt *.csv *.tsv *.pem *.crt *.cer *.der *.csr);;All files (*)</source>
        <translation>Listen und Zertifikate (*.txt *.csv *.tsv *.pem *.crt *.cer *.der *.csr);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Check a &amp;List of Names…</source>
        <translation>&amp;Namensliste prüfen…</translation>
    </message>
    <message>
        <source>Save Zone File As</source>
        <translation>Zonendatei speichern unter</translation>
    </message>
    <message>
        <source>Save Zone File &amp;As…</source>
        <translation>Zonendatei speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>Dia&amp;gnose</translation>
    </message>
    <message>
        <source>&amp;Zone Workspace</source>
        <translation>Zonen-&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Stapelprüfung</translation>
    </message>
    <message>
        <source>%1 changed on disk: reloaded.</source>
        <translation>%1 wurde auf dem Datenträger geändert: neu geladen.</translation>
    </message>
    <message>
        <source>Unsaved Zone Changes</source>
        <translation>Nicht gespeicherte Zonenänderungen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei existiert nicht.</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is %1 MB; lists over 64 MB are not read</source>
        <translation>die Datei ist %1 MB groß; Listen über 64 MB werden nicht gelesen</translation>
    </message>
    <message>
        <source>CAA Doctor — %1[*]</source>
        <translation>CAA Doctor — %1[*]</translation>
    </message>
    <message>
        <source>These lines change. Only the records you edited are changed; the original is kept as FILE.orig, and the SOA serial goes up so secondaries transfer the zone.</source>
        <translation>Diese Zeilen ändern sich. Nur die von Ihnen bearbeiteten Einträge werden geändert; das Original bleibt als FILE.orig erhalten, und die SOA-Seriennummer wird erhöht, damit Sekundärserver die Zone übertragen.</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>The file changed on disk since it was opened; saving would overwrite that change. Your edits are still here: save them to another file.</source>
        <translation>Die Datei wurde seit dem Öffnen auf dem Datenträger geändert; Speichern würde diese Änderung überschreiben. Ihre Änderungen sind noch vorhanden: Speichern Sie sie in einer anderen Datei.</translation>
    </message>
    <message>
        <source>The file cannot be written (%1). Your edits are still here: save them to another file.</source>
        <translation>Die Datei kann nicht geschrieben werden (%1). Ihre Änderungen sind noch vorhanden: Speichern Sie sie in einer anderen Datei.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Saved. The originals are kept as .orig files; the SOA serial is now %1.</source>
        <translation>Gespeichert. Die Originale bleiben als .orig-Dateien erhalten; die SOA-Seriennummer ist jetzt %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message numerus="yes">
        <source>The zone files have %n unsaved edit(s). Save them before closing?</source>
        <translation>
            <numerusform>Die Zonendateien haben %n nicht gespeicherte Änderung. Vor dem Schließen speichern?</numerusform>
            <numerusform>Die Zonendateien haben %n nicht gespeicherte Änderungen. Vor dem Schließen speichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-edited.%2</source>
        <translation>%1-bearbeitet.%2</translation>
    </message>
    <message>
        <source>One list is checked at a time: %1 is, %2 is not.</source>
        <translation>Es wird eine Liste auf einmal geprüft: %1 wird geprüft, %2 nicht.</translation>
    </message>
    <message>
        <source>&amp;Export PDF Report…</source>
        <translation>&amp;PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save E&amp;vidence Bundle…</source>
        <translation>Beweispaket spei&amp;chern…</translation>
    </message>
    <message>
        <source>Open Evidence &amp;Bundle…</source>
        <translation>Beweispaket ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Evidence Bundle</source>
        <translation>Beweispaket öffnen</translation>
    </message>
    <message>
        <source>Evidence bundles (*.json);;All files (*)</source>
        <translation>Beweispakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Report Pape&amp;r</source>
        <translation>Papierfo&amp;rmat für Berichte</translation>
    </message>
    <message>
        <source>As the Locale Has It (%1)</source>
        <translation>Gemäß Gebietsschema (%1)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>the batch summary</source>
        <translation>Zusammenfassung der Stapelprüfung</translation>
    </message>
    <message>
        <source>the zone audit summary</source>
        <translation>Zusammenfassung der Zonenprüfung</translation>
    </message>
    <message>
        <source>the diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>nothing yet: check a name first</source>
        <translation>noch nichts – prüfen Sie zuerst einen Namen</translation>
    </message>
    <message>
        <source>Export a PDF report of %1</source>
        <translation>PDF-Bericht exportieren: %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Drucken: %1</translation>
    </message>
    <message>
        <source>There is nothing to report on this page yet: check a name first.</source>
        <translation>Auf dieser Seite gibt es noch nichts zu berichten: Prüfen Sie zuerst einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 exportiert (%n Seite).</numerusform>
            <numerusform>%1 exportiert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no finished diagnosis to save.</source>
        <translation>Es gibt keine abgeschlossene Diagnose zum Speichern.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Saved the evidence bundle %1.</source>
        <translation>Beweispaket %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation>Bericht nicht exportiert</translation>
    </message>
    <message>
        <source>Save Evidence Bundle</source>
        <translation>Beweispaket speichern</translation>
    </message>
    <message>
        <source>Evidence bundles (*.json)</source>
        <translation>Beweispakete (*.json)</translation>
    </message>
    <message>
        <source>Evidence Bundle Not Saved</source>
        <translation>Beweispaket nicht gespeichert</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>The demo zone %1 cannot be read: %2</source>
        <translation>Die Demo-Zone %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Demo: %1 (read only: %2)</source>
        <translation>Demo: %1 (schreibgeschützt: %2)</translation>
    </message>
    <message>
        <source>Demo: a copy of the shipped example, yours to edit and save: %1</source>
        <translation>Demo: eine Kopie des mitgelieferten Beispiels, zum Bearbeiten und Speichern: %1</translation>
    </message>
    <message numerus="yes">
        <source>The zone files have %n unsaved edit(s). Save them before opening other files?</source>
        <translation>
            <numerusform>Die Zonendateien haben %n ungespeicherte Änderung. Vor dem Öffnen anderer Dateien speichern?</numerusform>
            <numerusform>Die Zonendateien haben %n ungespeicherte Änderungen. Vor dem Öffnen anderer Dateien speichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;Fix</source>
        <translation>&amp;Korrektur kopieren</translation>
    </message>
    <message>
        <source>Copy the corrected zone-file lines of the first fix</source>
        <translation>Die korrigierten Zonendatei-Zeilen der ersten Korrektur kopieren</translation>
    </message>
    <message>
        <source>%1 is a folder: open the zone files in it, not the folder.</source>
        <translation>%1 ist ein Ordner: Öffnen Sie die Zonendateien darin, nicht den Ordner.</translation>
    </message>
</context>
<context>
    <name>caa::NameserversModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nameserver</source>
        <translation>Nameserver</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>caa::ProblemsModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Quick fix</source>
        <translation>Schnellkorrektur</translation>
    </message>
</context>
<context>
    <name>caa::RecordsModel</name>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>caa::SettingsDialog</name>
    <message>
        <source>“%1” is a URL (DNS over HTTPS or TLS). CAA Doctor asks resolvers over plain DNS, as CAs do: give the resolver&apos;s IP address, such as %2.</source>
        <translation>„%1“ ist eine URL (DNS über HTTPS oder TLS). CAA Doctor fragt Resolver über einfaches DNS, wie es CAs tun: Geben Sie die IP-Adresse des Resolvers an, etwa %2.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>empty: the system&apos;s resolvers</source>
        <translation>leer: die Resolver des Systems</translation>
    </message>
    <message>
        <source>&amp;Resolvers (ADDR[:PORT], comma-separated)</source>
        <translation>&amp;Resolver (ADDR[:PORT], kommagetrennt)</translation>
    </message>
    <message>
        <source>In use now: %1, given on the command line (--resolver). They stay in use unless you change the Resolvers field.</source>
        <translation>Jetzt in Gebrauch: %1, auf der Kommandozeile angegeben (--resolver). Sie bleiben in Gebrauch, solange Sie das Feld „Resolver“ nicht ändern.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Timeout of the first try</source>
        <translation>&amp;Zeitlimit des ersten Versuchs</translation>
    </message>
    <message>
        <source>T&amp;ries</source>
        <translation>&amp;Versuche</translation>
    </message>
    <message>
        <source>ACME account (&amp;production)</source>
        <translation>ACME-Konto (&amp;Produktion)</translation>
    </message>
    <message>
        <source>ACME account (&amp;staging)</source>
        <translation>ACME-Konto (&amp;Staging)</translation>
    </message>
    <message>
        <source>Read the &amp;certificate in use over TLS (port 443) in live checks</source>
        <translation>Bei Live-Prüfungen das verwendete &amp;Zertifikat über TLS (Port 443) lesen</translation>
    </message>
    <message>
        <source>Who issues</source>
        <translation>Wer ausstellt</translation>
    </message>
    <message>
        <source>Ask Certificate Transparency (crt.sh, on the internet) which CAs issued &amp;lately</source>
        <translation>Certificate Transparency (crt.sh, im Internet) fragen, welche CAs &amp;zuletzt ausgestellt haben</translation>
    </message>
</context>
<context>
    <name>caa::VerdictGridModel</name>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Wildcards exist only for domain names, not for IP addresses.</source>
        <translation>Wildcards gibt es nur für Domainnamen, nicht für IP-Adressen.</translation>
    </message>
    <message>
        <source>(no wildcard for an IP address)</source>
        <translation>(kein Wildcard für eine IP-Adresse)</translation>
    </message>
    <message>
        <source>issued the certificate in use</source>
        <translation>hat das verwendete Zertifikat ausgestellt</translation>
    </message>
    <message>
        <source>%1 issues with it</source>
        <translation>%1 stellt damit aus</translation>
    </message>
</context>
<context>
    <name>caa::WhoIssuesPanel</name>
    <message>
        <source>Who issues</source>
        <translation>Wer ausstellt</translation>
    </message>
    <message>
        <source>Certificate &amp;File…</source>
        <translation>Zertifikats&amp;datei…</translation>
    </message>
    <message>
        <source>Read the certificate in use from a PEM or DER file (or drop one on this page)</source>
        <translation>Das verwendete Zertifikat aus einer PEM- oder DER-Datei lesen (oder eine auf diese Seite ziehen)</translation>
    </message>
    <message>
        <source>Certificate in use</source>
        <translation>Verwendetes Zertifikat</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Issued lately</source>
        <translation>Zuletzt ausgestellt</translation>
    </message>
    <message>
        <source>no subjectAltName</source>
        <translation>kein subjectAltName</translation>
    </message>
    <message>
        <source>%1 (issuing CA %2; CAA identifier %3)</source>
        <translation>%1 (ausstellende CA %2; CAA-Bezeichner %3)</translation>
    </message>
    <message>
        <source>%1 (not a CA CAA Doctor knows)</source>
        <translation>%1 (keine CA, die CAA Doctor kennt)</translation>
    </message>
    <message>
        <source>verifies to a trusted root for %1</source>
        <translation>führt für %1 zu einer vertrauenswürdigen Wurzel</translation>
    </message>
    <message>
        <source>does not verify (%1); read and described anyway</source>
        <translation>nicht verifiziert (%1); trotzdem gelesen und beschrieben</translation>
    </message>
    <message>
        <source>Reading the certificate served for %1…</source>
        <translation>Das für %1 vorgelegte Zertifikat wird gelesen…</translation>
    </message>
    <message>
        <source>Not read for zone files: open the certificate&apos;s file, or drop it on this page.</source>
        <translation>Bei Zonendateien nicht gelesen: Öffnen Sie die Datei des Zertifikats, oder ziehen Sie sie auf diese Seite.</translation>
    </message>
    <message>
        <source>Not read (turned off in Settings): open the certificate&apos;s file, or drop it on this page.</source>
        <translation>Nicht gelesen (in den Einstellungen ausgeschaltet): Öffnen Sie die Datei des Zertifikats, oder ziehen Sie sie auf diese Seite.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2). It issues with: %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2). Stellt aus mit: %3.</translation>
    </message>
    <message>
        <source>Source, read %1</source>
        <translation>Quelle, gelesen am %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>%1 (%2), from the file %3</source>
        <translation>%1 (%2), aus der Datei %3</translation>
    </message>
    <message>
        <source>%1 (%2), served by %3 port %4</source>
        <translation>%1 (%2), vorgelegt von %3 Port %4</translation>
    </message>
</context>
<context>
    <name>caa::ZoneNamesModel</name>
    <message>
        <source>%1 (inherited)</source>
        <translation>%1 (geerbt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relevant name</source>
        <translation>Relevanter Name</translation>
    </message>
    <message>
        <source>Main finding</source>
        <translation>Hauptbefund</translation>
    </message>
    <message>
        <source>Live DNS</source>
        <translation>Live-DNS</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>What %1, the CA chosen above, decides for each name</source>
        <translation>Was %1, die oben gewählte CA, für jeden Namen entscheidet</translation>
    </message>
    <message>
        <source>What %1, a CA chosen lately, decides for each name</source>
        <translation>Was %1, eine zuletzt gewählte CA, für jeden Namen entscheidet</translation>
    </message>
</context>
<context>
    <name>caa::ZoneSession</name>
    <message>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
    <message>
        <source>no $ORIGIN in the file: the zone is taken to be %1, from the file name</source>
        <translation>kein $ORIGIN in der Datei: Als Zone wird %1 angenommen, abgeleitet aus dem Dateinamen</translation>
    </message>
    <message>
        <source>no records could be read (%1)</source>
        <translation>es konnten keine Einträge gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Parsing the edits</source>
        <translation>Analysiere die Änderungen</translation>
    </message>
    <message>
        <source>Indexing names</source>
        <translation>Indiziere Namen</translation>
    </message>
    <message>
        <source>Checking every name</source>
        <translation>Prüfe alle Namen</translation>
    </message>
    <message>
        <source>Looking for mistakes</source>
        <translation>Suche nach Fehlern</translation>
    </message>
    <message>
        <source>Loading was cancelled; the zones loaded before are still open.</source>
        <translation>Das Laden wurde abgebrochen; die zuvor geladenen Zonen sind weiterhin geöffnet.</translation>
    </message>
    <message>
        <source>The previous edit is still being read; try again in a moment.</source>
        <translation>Die vorherige Änderung wird noch eingelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The change is already in the zone file.</source>
        <translation>Die Änderung ist bereits in der Zonendatei enthalten.</translation>
    </message>
    <message>
        <source>That record is no longer in the zone.</source>
        <translation>Dieser Eintrag ist nicht mehr in der Zone vorhanden.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Remove the record on line %1</source>
        <translation>Eintrag in Zeile %1 entfernen</translation>
    </message>
    <message>
        <source>Edit the record on line %1</source>
        <translation>Eintrag in Zeile %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add a record after line %1</source>
        <translation>Eintrag nach Zeile %1 hinzufügen</translation>
    </message>
    <message>
        <source>this is the zone %1 again, as in %2: its names are checked in %2 only (open it on its own to check this file)</source>
        <translation>dies ist noch einmal die Zone %1, wie in %2: ihre Namen werden nur in %2 geprüft (öffnen Sie die Datei allein, um sie zu prüfen)</translation>
    </message>
    <message>
        <source>the last edit is still being read; save again in a moment</source>
        <translation>die letzte Änderung wird noch gelesen; speichern Sie gleich noch einmal</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; nothing was saved</source>
        <translation>%1 wurde auf dem Datenträger geändert, seit sie gelesen wurde; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>%1 is open here: use Save to write it, or choose another name</source>
        <translation>%1 ist hier geöffnet: schreiben Sie sie mit „Speichern“, oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Zone audit of %1</source>
        <translation>Zonenprüfung von %1</translation>
    </message>
    <message>
        <source>Zone file %1, SHA-256 %2</source>
        <translation>Zonendatei %1, SHA-256 %2</translation>
    </message>
    <message numerus="yes">
        <source>With %n unsaved edit(s): the verdicts are of the edited text, the SHA-256 of the file on disk.</source>
        <translation>
            <numerusform>Mit %n nicht gespeicherter Änderung: Die Ergebnisse gelten für den bearbeiteten Text, der SHA-256-Wert für die Datei auf dem Datenträger.</numerusform>
            <numerusform>Mit %n nicht gespeicherten Änderungen: Die Ergebnisse gelten für den bearbeiteten Text, der SHA-256-Wert für die Datei auf dem Datenträger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) have no CAA records at or above them in these files: their verdicts depend on zones not loaded, and they are not listed.</source>
        <translation>
            <numerusform>%n Name hat in diesen Dateien weder selbst noch darüber CAA-Einträge: Sein Ergebnis hängt von nicht geladenen Zonen ab, und er wird nicht aufgeführt.</numerusform>
            <numerusform>%n Namen haben in diesen Dateien weder selbst noch darüber CAA-Einträge: Ihre Ergebnisse hängen von nicht geladenen Zonen ab, und sie werden nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>caa::ZoneTextView</name>
    <message>
        <source>Zone file text</source>
        <translation>Text der Zonendatei</translation>
    </message>
</context>
<context>
    <name>caa::ZoneWorkspacePage</name>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open zone files (or drop them on the window)</source>
        <translation>Zonendateien öffnen (oder auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Review the changes, then write them: the SOA serial goes up and the original is kept as FILE.orig</source>
        <translation>Änderungen prüfen und dann schreiben: Die SOA-Seriennummer wird erhöht, und das Original bleibt als FILE.orig erhalten</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Export Changes</source>
        <translation>Änderungen exportieren</translation>
    </message>
    <message>
        <source>The CAA records the edits add and remove, for a DNS provider&apos;s panel</source>
        <translation>Die CAA-Einträge, die durch die Änderungen hinzukommen oder wegfallen, für die Oberfläche eines DNS-Anbieters</translation>
    </message>
    <message>
        <source>Zone-file lines</source>
        <translation>Zonendatei-Zeilen</translation>
    </message>
    <message>
        <source>Web form fields for</source>
        <translation>Webformular-Felder für</translation>
    </message>
    <message>
        <source>Compare with Live DNS</source>
        <translation>Mit Live-DNS vergleichen</translation>
    </message>
    <message>
        <source>Check the same names in published DNS and show where it differs from the files</source>
        <translation>Dieselben Namen im veröffentlichten DNS prüfen und zeigen, wo es von den Dateien abweicht</translation>
    </message>
    <message>
        <source>Filter names</source>
        <translation>Namen filtern</translation>
    </message>
    <message>
        <source>Only &amp;problems</source>
        <translation>Nur P&amp;robleme</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
    <message>
        <source>Keep My Version</source>
        <translation>Meine Version behalten</translation>
    </message>
    <message>
        <source>Your edits stay; saving in place is refused while the file differs, so use Save As</source>
        <translation>Ihre Änderungen bleiben erhalten; Speichern in dieselbe Datei wird verweigert, solange die Datei abweicht, verwenden Sie daher „Speichern unter“</translation>
    </message>
    <message>
        <source>Open or drop zone files: every name in them with CAA, and what each CA decides.</source>
        <translation>Öffnen Sie Zonendateien oder ziehen Sie sie auf das Fenster: Hier erscheint jeder Name darin mit CAA und was jede CA entscheidet.</translation>
    </message>
    <message>
        <source>Names in the zone files</source>
        <translation>Namen in den Zonendateien</translation>
    </message>
    <message>
        <source>Double-click a name to see its full diagnosis</source>
        <translation>Doppelklicken Sie auf einen Namen, um seine vollständige Diagnose zu sehen</translation>
    </message>
    <message>
        <source>Problems in the zone files</source>
        <translation>Probleme in den Zonendateien</translation>
    </message>
    <message>
        <source>Apply &amp;Quick Fix</source>
        <translation>Schnell&amp;korrektur anwenden</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No unsaved changes. Edit a CAA record, apply a quick fix or a fix card: the difference to the file on disk shows here.</source>
        <translation>Keine nicht gespeicherten Änderungen. Bearbeiten Sie einen CAA-Eintrag oder wenden Sie eine Schnellkorrektur oder Korrekturkarte an: Der Unterschied zur Datei auf dem Datenträger erscheint hier.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Zone file shown</source>
        <translation>Angezeigte Zonendatei</translation>
    </message>
    <message>
        <source>Double-click a CAA record (or press Enter on it) to edit it here.</source>
        <translation>Doppelklicken Sie auf einen CAA-Eintrag (oder drücken Sie darauf die Eingabetaste), um ihn hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>CAA record text</source>
        <translation>Text des CAA-Eintrags</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>Replace the record with this text and check every name again (undo: Ctrl+Z)</source>
        <translation>Eintrag durch diesen Text ersetzen und alle Namen erneut prüfen (rückgängig: Strg+Z)</translation>
    </message>
    <message>
        <source>Add as &amp;New Record</source>
        <translation>Als &amp;neuen Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Record</source>
        <translation>Eintrag &amp;entfernen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lese…</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Changes (unsaved)</source>
        <translation>Änderungen (nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1 is read-only: edits to it can be saved with Save As.</source>
        <translation>%1 ist schreibgeschützt: Änderungen daran können mit „Speichern unter“ gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) under a CAA set in %1</source>
        <translation>
            <numerusform>%n Name unter einem CAA-Satz in %1</numerusform>
            <numerusform>%n Namen unter einem CAA-Satz in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) without CAA in these files (their parent zones decide)</source>
        <translation>
            <numerusform>%n Name ohne CAA in diesen Dateien (die übergeordneten Zonen entscheiden)</numerusform>
            <numerusform>%n Namen ohne CAA in diesen Dateien (die übergeordneten Zonen entscheiden)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <source>live DNS: %1 same, %2 differ, %3 not answered (%4 of %5 names)</source>
        <translation>Live-DNS: %1 gleich, %2 abweichend, %3 unbeantwortet (%4 von %5 Namen)</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved edit(s)</source>
        <translation>
            <numerusform>%n nicht gespeicherte Änderung</numerusform>
            <numerusform>%n nicht gespeicherte Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous edit is still being read; try again in a moment.</source>
        <translation>Die vorherige Änderung wird noch eingelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Line %1 holds no record. Double-click a CAA record to edit it.</source>
        <translation>Zeile %1 enthält keinen Eintrag. Doppelklicken Sie auf einen CAA-Eintrag, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>CAA record of %1, line %2. Edit it, then Apply (Enter); Add as New Record keeps this one and adds yours after it.</source>
        <translation>CAA-Eintrag von %1, Zeile %2. Bearbeiten Sie ihn und klicken Sie dann auf „Anwenden“ (Eingabetaste); „Als neuen Eintrag hinzufügen“ behält diesen Eintrag und fügt Ihren danach ein.</translation>
    </message>
    <message>
        <source>Line %1 is a %2 record of %3: only CAA records are edited here. Type a CAA record and Add as New Record to put it after this line.</source>
        <translation>Zeile %1 ist ein %2-Eintrag von %3: Hier werden nur CAA-Einträge bearbeitet. Geben Sie einen CAA-Eintrag ein und klicken Sie auf „Als neuen Eintrag hinzufügen“, um ihn nach dieser Zeile einzufügen.</translation>
    </message>
    <message>
        <source>Write the record on one line.</source>
        <translation>Schreiben Sie den Eintrag in eine einzige Zeile.</translation>
    </message>
    <message>
        <source>This is not a valid record: %1 (at character %2).</source>
        <translation>Dies ist kein gültiger Eintrag: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>Write one CAA record: owner, TTL (optional), IN, CAA, flags, tag and value.</source>
        <translation>Schreiben Sie einen CAA-Eintrag: Besitzer, TTL (optional), IN, CAA, Flags, Tag und Wert.</translation>
    </message>
    <message>
        <source>%1 is outside this zone (%2).</source>
        <translation>%1 liegt außerhalb dieser Zone (%2).</translation>
    </message>
    <message>
        <source>Choose a CAA record first: double-click it in the text.</source>
        <translation>Wählen Sie zuerst einen CAA-Eintrag: Doppelklicken Sie im Text darauf.</translation>
    </message>
    <message>
        <source>Choose where: double-click a record in the text; the new one goes after it.</source>
        <translation>Wählen Sie die Stelle: Doppelklicken Sie im Text auf einen Eintrag; der neue wird danach eingefügt.</translation>
    </message>
    <message>
        <source>; remove: %1. %2 IN CAA %3</source>
        <translation>; entfernen: %1. %2 IN CAA %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed on disk since it was opened. Reload it to see the new version (your %n unsaved edit(s) would be dropped), or keep your version and save it with Save As.</source>
        <translation>
            <numerusform>%1 wurde seit dem Öffnen auf dem Datenträger geändert. Laden Sie die Datei neu, um die neue Version zu sehen (Ihre %n nicht gespeicherte Änderung würde verworfen), oder behalten Sie Ihre Version und speichern Sie sie mit „Speichern unter“.</numerusform>
            <numerusform>%1 wurde seit dem Öffnen auf dem Datenträger geändert. Laden Sie die Datei neu, um die neue Version zu sehen (Ihre %n nicht gespeicherten Änderungen würden verworfen), oder behalten Sie Ihre Version und speichern Sie sie mit „Speichern unter“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>same as the file</source>
        <translation>wie in der Datei</translation>
    </message>
    <message>
        <source>no CAA published: the file has %1 at %2</source>
        <translation>kein CAA veröffentlicht: die Datei hat %1 bei %2</translation>
    </message>
    <message>
        <source>published at %1 (%2); the file has them at %3</source>
        <translation>veröffentlicht bei %1 (%2); die Datei hat sie bei %3</translation>
    </message>
    <message>
        <source>published: %1; file: %2</source>
        <translation>veröffentlicht: %1; Datei: %2</translation>
    </message>
    <message>
        <source>changed records as zone-file lines</source>
        <translation>geänderte Einträge als Zonendatei-Zeilen</translation>
    </message>
    <message>
        <source>changed records as form fields for %1</source>
        <translation>geänderte Einträge als Formularfelder für %1</translation>
    </message>
    <message>
        <source>CAA record of %1, lines %2–%3: it spans lines, so it cannot be edited here (Remove it, or add a corrected one after it).</source>
        <translation>CAA-Eintrag von %1, Zeilen %2–%3: er erstreckt sich über mehrere Zeilen und kann hier nicht bearbeitet werden (entfernen Sie ihn, oder fügen Sie danach einen korrigierten hinzu).</translation>
    </message>
    <message>
        <source>The lines after this record take their owner from it; keep the owner %1 here, or add the record for %2 as a new record.</source>
        <translation>Die Zeilen nach diesem Eintrag übernehmen seinen Besitzer; behalten Sie hier den Besitzer %1, oder fügen Sie den Eintrag für %2 als neuen Eintrag hinzu.</translation>
    </message>
    <message>
        <source>Add a record after line %1</source>
        <translation>Eintrag nach Zeile %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the record on line %1</source>
        <translation>Eintrag in Zeile %1 entfernen</translation>
    </message>
    <message>
        <source>Apply All Quick Fixes</source>
        <translation>Alle Schnellkorrekturen anwenden</translation>
    </message>
    <message>
        <source>Every quick fix of the list at once, as one step to undo</source>
        <translation>Alle Schnellkorrekturen der Liste auf einmal, als ein Schritt zum Rückgängigmachen</translation>
    </message>
    <message>
        <source>Apply All %1 Quick Fixes</source>
        <translation>Alle %1 Schnellkorrekturen anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n quick fix(es)</source>
        <translation>
            <numerusform>%n Schnellkorrektur anwenden</numerusform>
            <numerusform>%n Schnellkorrekturen anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem in the list has a quick fix.</source>
        <translation>Kein Problem in der Liste hat eine Schnellkorrektur.</translation>
    </message>
    <message>
        <source>%1: %2 may issue, %3 will refuse, %4 cannot tell</source>
        <translation>%1: darf ausstellen: %2, verweigert: %3, nicht feststellbar: %4</translation>
    </message>
    <message>
        <source>Only the names the chosen CA would refuse, or for which it cannot tell</source>
        <translation>Nur die Namen, für die die gewählte CA ablehnen würde oder es nicht sagen kann</translation>
    </message>
    <message>
        <source>live DNS: %1 same, %2 differ, %3 not answered (stopped after %4 of %5 names)</source>
        <translation>Live-DNS: %1 gleich, %2 abweichend, %3 unbeantwortet (angehalten nach %4 von %5 Namen)</translation>
    </message>
</context>
</TS>

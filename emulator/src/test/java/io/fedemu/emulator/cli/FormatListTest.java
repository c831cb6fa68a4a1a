package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.tenant.DomainProofInfo;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Format-List as PowerShell prints it: PascalCase names, aligned colons, lists in braces, booleans capitalized. */
class FormatListTest {
    @Test
    void printsARecordThroughItsJsonProperties() {
        StringWriter text = new StringWriter();
        FormatList.print(new PrintWriter(text), new DomainProofInfo("contoso.com", "abc", "contoso.com TXT IN abc"));

        assertThat(text.toString().lines().toList())
                .containsExactly(
                        "", "Domain    : contoso.com", "Proof     : abc", "TxtRecord : contoso.com TXT IN abc", "");
    }

    @Test
    void listsAreBracedBooleansCapitalizedUnsetValuesEmpty() {
        StringWriter text = new StringWriter();
        FormatList.print(
                new PrintWriter(text),
                List.of(OrganizationRelationship.named("To fabrikam", "fabrikam.com", "fabrikam.net")));

        assertThat(text.toString())
                .contains(
                        "Name                  : To fabrikam\n",
                        "DomainNames           : {fabrikam.com, fabrikam.net}\n",
                        "Enabled               : True\n",
                        "FreeBusyAccessEnabled : False\n",
                        "FreeBusyAccessLevel   : None\n",
                        "TargetSharingEpr      :\n");
    }
}

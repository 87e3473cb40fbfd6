package org.crosscheck.export.sharing;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.domain.sharing.ExportLogEntry;
import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.domain.sharing.SharingLevel;
import org.crosscheck.domain.sharing.SharingRule;
import org.crosscheck.storage.Workspace;

/** Reads and changes the data-sharing rules per source, and keeps the audit log of exports. */
public final class SharingService {
    private final Workspace workspace;
    private final Clock clock;

    public SharingService(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /** Every source's rule (its default until changed), by source name. */
    public List<SharingRule> rules() {
        return workspace.sharing().rules();
    }

    public SharingRule rule(String sourceName) {
        return rules().stream().filter(r -> r.sourceName().equalsIgnoreCase(sourceName.trim())).findFirst()
                .orElseThrow(() -> new WorkbenchException("There is no source '" + sourceName + "'. "
                        + "'crosscheck sharing list' shows the sources."));
    }

    /**
     * Changes one source's rule. Null arguments keep what the rule has now. A recipient may not be both in full
     * and held-only.
     */
    public SharingRule change(String sourceName, SharingLevel defaultLevel, Set<Recipient> fullTo,
                              Set<Recipient> heldOnlyTo, String gateway, String user) {
        SharingRule now = rule(sourceName);
        Set<String> full = fullTo == null ? now.fullTo() : keys(fullTo);
        Set<String> held = heldOnlyTo == null ? now.heldOnlyTo() : keys(heldOnlyTo);
        for (String k : full) {
            if (held.contains(k)) {
                throw new WorkbenchException(k + " cannot both see " + now.sourceName()
                        + " in full and see only that it holds a record. Name it in one list.");
            }
        }
        SharingRule next = new SharingRule(now.sourceId(), now.sourceName(), now.sourceAgency(),
                defaultLevel == null ? now.defaultLevel() : defaultLevel, full, held,
                gateway == null ? now.gateway() : gateway.trim(), user, LocalDateTime.now(clock));
        workspace.sharing().save(next, user, next.updatedAt());
        return next;
    }

    public SharingPolicy policy(Recipient recipient) {
        return new SharingPolicy(recipient, rules());
    }

    public long log(Recipient recipient, String what, String fileName, int businesses, int withheld, String detail,
                    String user) {
        return workspace.sharing().log(new ExportLogEntry(0, LocalDateTime.now(clock), user, recipient.key(), what,
                fileName, businesses, withheld, detail));
    }

    /** The audit log, newest first. */
    public List<ExportLogEntry> log() {
        return workspace.sharing().logEntries();
    }

    private static Set<String> keys(Set<Recipient> recipients) {
        return recipients.stream().map(Recipient::key).collect(java.util.stream.Collectors.toSet());
    }
}

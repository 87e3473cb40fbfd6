package org.crosscheck.durability;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.tasking.Attendance;
import org.crosscheck.domain.tasking.NewReferral;
import org.crosscheck.domain.tasking.NewVisit;
import org.crosscheck.domain.tasking.VisitPurpose;
import org.crosscheck.insight.PictureService;
import org.crosscheck.storage.Workspace;
import org.crosscheck.tasking.ReferralService;
import org.crosscheck.tasking.TaskingService;

/**
 * A child-process main that behaves like an analyst's session on a linked workspace: it opens the workspace, reads
 * the picture, pauses (so H2's background housekeeping can run), saves a visit and a referral a second apart, says
 * so, and waits to be killed.
 */
public final class EditThenWait {
    private EditThenWait() {
    }

    public static void main(String[] args) throws InterruptedException {
        Workspace ws = Workspace.open(Path.of(args[0]));
        PictureService picture = new PictureService(ws);
        long entity = picture.ranked().get(0).entityId();
        picture.snapshotLastRun();
        Thread.sleep(Long.parseLong(args.length > 1 ? args[1] : "12000"));
        new TaskingService(ws, picture, Clock.systemDefaultZone()).add(new NewVisit(entity, 1, AgencyKind.FIRE,
                LocalDate.now(), 2, VisitPurpose.ENFORCEMENT, "saved before the crash",
                List.of(new Attendance(AgencyKind.FIRE, "lead"))), "analyst");
        Thread.sleep(1_000);
        new ReferralService(ws, picture, Clock.systemDefaultZone()).add(new NewReferral(entity, "", "PC Ahmed",
                AgencyKind.POLICE, AgencyKind.HMRC, LocalDate.now(), "two tills", List.of()), "analyst");
        System.out.println("SAVED");
        System.out.flush();
        Thread.sleep(120_000);
    }
}

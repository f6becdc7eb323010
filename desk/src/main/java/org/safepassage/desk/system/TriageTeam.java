package org.safepassage.desk.system;

import org.safepassage.desk.DeskSettings;
import org.safepassage.desk.staff.StaffDirectory;
import org.springframework.stereotype.Component;

/** The team that sees new registrations first; created on first start when it does not exist. */
@Component
public class TriageTeam {

    private final long id;

    public TriageTeam(DeskSettings settings, StaffDirectory directory) {
        String name = settings.triageTeam();
        this.id = directory.team(name).orElseGet(() -> directory.createTeam(name)).id();
    }

    public long id() {
        return id;
    }
}

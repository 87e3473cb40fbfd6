package org.crosscheck.sampledata;

import java.util.List;

/**
 * Registered offices that hundreds of unrelated companies share: a local accountant, a London formation
 * agent and a bookkeeper. A linker that trusts the Companies House address alone will merge them all.
 */
final class RegisteredOffices {

    static final List<Address> ALL = List.of(
            new Address("Suite 4, Carlton House", "27", "Victoria Street", null, TownModel.TOWN, "BK1 3JX",
                    "100071999001"),
            new Address("3rd Floor", "88", "Caxton Way", null, "London", "EC1V 9QZ", "200003999002"),
            new Address(null, "5", "Chapel Row", "Millbrook", TownModel.TOWN, "BK7 4RL", "100071999003"));

    private RegisteredOffices() {
    }
}

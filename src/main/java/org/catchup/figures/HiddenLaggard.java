package org.catchup.figures;

import java.io.Serializable;
import java.util.List;

/** An enterprise at or above 100 % whose total hides teams below 100 %. */
public record HiddenLaggard(Enterprise enterprise, Fulfilment enterpriseFulfilment, List<LaggingTeam> teams)
		implements Serializable {
}

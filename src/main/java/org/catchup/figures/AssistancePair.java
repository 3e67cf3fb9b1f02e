package org.catchup.figures;

import java.io.Serializable;

/** A strong team (105 % or more) offered to help a team below plan with the same main indicator. */
public record AssistancePair(String enterpriseCode, String teamCode, String teamName, Fulfilment teamFulfilment,
		String helperEnterpriseCode, String helperTeamCode, String helperTeamName, Fulfilment helperFulfilment,
		String indicator) implements Serializable {
}

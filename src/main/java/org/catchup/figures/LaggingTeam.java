package org.catchup.figures;

import java.io.Serializable;

public record LaggingTeam(String teamCode, String teamName, Fulfilment fulfilment) implements Serializable {
}

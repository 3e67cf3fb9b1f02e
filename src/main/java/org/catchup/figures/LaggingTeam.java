package org.catchup.figures;

public record LaggingTeam(String teamCode, String teamName, Fulfilment fulfilment) {
}

package org.catchup.figures;

/** A leading enterprise that is slipping, with the reason in the committee's words. */
public record PioneerFallingBehind(Enterprise enterprise, Fulfilment month, String reason) {
}

package vn.loa.support.messaging;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** An envelope read from a topic, its data not yet bound to a record ({@link EventCodec#data}). */
public record InboundEvent(
    String id,
    String type,
    String subject,
    long aggregateVersion,
    Instant time,
    String dataschema,
    JsonNode data) {}

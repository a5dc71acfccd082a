package vn.loa.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Web limits of a Loa service ({@code loa.web.*}).
 *
 * @param maxBody the largest JSON body accepted; larger ones get {@code 413}
 * @param maxUpload the largest file upload (multipart) accepted
 * @param maxConcurrentRequests how many requests are worked on at once (the rest wait, see below)
 * @param queueTimeout how long a request waits to start before it gets {@code 503} with {@code
 *     Retry-After}
 * @param bodyTimeout how long a request's whole body may take to arrive before it gets {@code 408};
 *     the body is received before the request takes a working slot
 */
@ConfigurationProperties(prefix = "loa.web")
public record LoaWebProperties(
    @DefaultValue("64KB") DataSize maxBody,
    @DefaultValue("20MB") DataSize maxUpload,
    @DefaultValue("64") int maxConcurrentRequests,
    @DefaultValue("2s") java.time.Duration queueTimeout,
    @DefaultValue("15s") java.time.Duration bodyTimeout) {}

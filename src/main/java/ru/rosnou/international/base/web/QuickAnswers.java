package ru.rosnou.international.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers what the site already holds (a kept reading page, a hashed static file) before the rest of the filters:
 * Spring Security's chain, the session limit and Spring MVC cost 30 to 60 times what sending the bytes costs, and
 * a kept answer needs none of them. It still goes through {@link RequestSizeLimit}, {@link RequestLog} and the
 * request metrics, which come first.
 *
 * <p>A quick answer carries the same headers as the same answer given the long way: the first time a kind of
 * answer ({@link Source#kind()}) goes the long way, the headers the other filters added (Spring Security's
 * security headers, HSTS on HTTPS) are noted, per kind and for HTTP and HTTPS apart, and every quick answer of that
 * kind is given them; until then, and for anything a source does not hold, the request goes the long way. Only
 * plain requests are answered quickly: GET or HEAD, with no session (an editor's requests keep every filter: the
 * session registry, its expiry), and an address of plain characters only (anything that Spring Security's firewall
 * might look at twice, such as {@code %}, {@code ;}, {@code //} or dot segments, goes the long way).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class QuickAnswers extends OncePerRequestFilter {

    /** Something that can answer some requests from what it holds, with no other filter's help. */
    public interface Source {

        /** The kind of answer, such as {@code page}: answers of one kind get the same headers from the filters. */
        String kind();

        /**
         * Answers the request if it holds the answer: writes {@link #chainHeaders} first, then its own headers and
         * body, and returns true; returns false (having written nothing) to leave it to the filters and servlets.
         */
        boolean answer(HttpServletRequest request, HttpServletResponse response, QuickAnswers quick) throws IOException;
    }

    /** The request attribute a source sets on an answer given the long way, naming its kind. */
    private static final String KIND = QuickAnswers.class.getName() + ".kind";
    /** An address the firewall lets through unchanged: letters, digits and {@code / - _ . ~}, no dot segment. */
    private static final Pattern PLAIN_PATH = Pattern.compile("(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*/?");
    /** Headers each answer writes itself (or that belong to one response), never copied from another. */
    private static final Set<String> OWN = Set.of(
            "etag",
            "content-language",
            "content-type",
            "content-length",
            "content-encoding",
            "date",
            "last-modified",
            "transfer-encoding",
            "set-cookie",
            "connection",
            "keep-alive",
            "retry-after");

    private final ObjectProvider<Source> sourceProvider;
    private volatile @Nullable List<Source> sources;
    /** The filters' headers by kind and scheme ({@code page:https}), in the order they were written. */
    private final Map<String, List<Map.Entry<String, String>>> chainHeaders = new ConcurrentHashMap<>();

    private final AtomicLong answered = new AtomicLong();

    public QuickAnswers(ObjectProvider<Source> sources) {
        this.sourceProvider = sources;
    }

    /** Requests answered quickly so far. */
    public long answered() {
        return answered.get();
    }

    /** Marks a response given the long way as an answer of this kind, whose headers quick answers may then copy. */
    public static void given(HttpServletRequest request, String kind) {
        request.setAttribute(KIND, kind);
    }

    /** Whether the filters' headers for answers of this kind are known yet (they are after the first one). */
    public boolean knows(String kind, HttpServletRequest request) {
        return chainHeaders.containsKey(key(kind, request));
    }

    /** Writes the headers that the filters gave the last answer of this kind (see {@link #knows}). */
    public void writeChainHeaders(String kind, HttpServletRequest request, HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = chainHeaders.get(key(kind, request));
        if (headers == null) {
            throw new IllegalStateException("No " + kind + " answer has been given the long way yet");
        }
        for (Map.Entry<String, String> header : headers) {
            response.addHeader(header.getKey(), header.getValue());
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !(method.equals("GET") || method.equals("HEAD"))
                || request.getRequestedSessionId() != null
                || !PLAIN_PATH.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Source source : sources()) {
            if (knows(source.kind(), request) && source.answer(request, response, this)) {
                answered.incrementAndGet();
                return;
            }
        }
        chain.doFilter(request, response);
        Object kind = request.getAttribute(KIND);
        if (kind instanceof String given
                && response.getStatus() == HttpServletResponse.SC_OK
                && !response.containsHeader(HttpHeaders.SET_COOKIE)
                && request.getSession(false) == null) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
                if (!OWN.contains(name.toLowerCase(Locale.ROOT))) {
                    response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
                }
            }
            chainHeaders.put(key(given, request), List.copyOf(headers));
        }
    }

    private List<Source> sources() {
        List<Source> known = sources;
        if (known == null) {
            known = sourceProvider.orderedStream().toList();
            sources = known;
        }
        return known;
    }

    private static String key(String kind, HttpServletRequest request) {
        return kind + (request.isSecure() ? ":https" : ":http");
    }
}

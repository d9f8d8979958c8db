package com.publisherportal.shell;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.testsupport.HttpSession;
import com.publisherportal.testsupport.TestClockConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser that repeats a request whose answer it lost gets that answer again, whole, over real
 * HTTP, although the portal keeps it deflated in between ({@link CompactLastResponse}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class LastResponseHttpTest {

    @LocalServerPort int port;

    private static String uidl(HttpSession session, String ui, String body) throws Exception {
        HttpResponse<String> answer = session.send(HttpRequest.newBuilder(URI.create(session.origin() + "/?v-r=uidl&v-uiId=" + ui))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static String group(String pattern, String text) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
        return matcher.group(1);
    }

    @Test
    void aRepeatedRequestGetsTheDashboardsAnswerAgainWhole() throws Exception {
        HttpSession session = HttpSession.signIn(port, "owner@contoso.example", AccountDemoData.PASSWORD);
        assertThat(session.get("/", "Accept", "text/html").statusCode()).isEqualTo(200);
        String init = session.get("/?v-r=init&location=&query=").body();
        String key = group("\"Vaadin-Security-Key\":\"([^\"]+)\"", init);
        String ui = group("\"v-uiId\":(\\d+)", init);

        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"","query":"",\
                "appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}""".formatted(key);
        String page = uidl(session, ui, navigate);
        assertThat(page).contains("dashboard").hasSizeGreaterThan(CompactLastResponse.COMPACT_FROM);

        assertThat(uidl(session, ui, navigate)).as("the same request again").isEqualTo(page);

        // The next request is answered as usual, and the answer before it is no longer repeated.
        String syncId = group("\"syncId\":(\\d+)", page);
        String next = """
                {"csrfToken":"%s","rpc":[],"syncId":%s,"clientId":1}""".formatted(key, syncId);
        String nextAnswer = uidl(session, ui, next);
        assertThat(nextAnswer).isNotEqualTo(page).contains("\"clientId\":2");
        assertThat(uidl(session, ui, next)).isEqualTo(nextAnswer);
    }
}

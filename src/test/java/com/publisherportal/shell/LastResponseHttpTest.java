package com.publisherportal.shell;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.testsupport.HttpSession;
import com.publisherportal.testsupport.TestClockConfig;
import com.publisherportal.testsupport.VaadinUi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;

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

    private static String answer(VaadinUi ui, String body) throws Exception {
        HttpResponse<String> answer = ui.uidl(body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void aRepeatedRequestGetsTheDashboardsAnswerAgainWhole() throws Exception {
        HttpSession session = HttpSession.signIn(port, "owner@contoso.example", AccountDemoData.PASSWORD);
        assertThat(session.get("/", "Accept", "text/html").statusCode()).isEqualTo(200);
        VaadinUi ui = VaadinUi.open(session, "");
        String navigate = ui.navigation("");
        String page = answer(ui, navigate);
        assertThat(page).contains("dashboard").hasSizeGreaterThan(CompactLastResponse.COMPACT_FROM);

        assertThat(answer(ui, navigate)).as("the same request again").isEqualTo(page);

        // The next request is answered as usual, and the answer before it is no longer repeated.
        String next = ui.roundTrip(VaadinUi.group("\"syncId\":(\\d+)", page), 1);
        String nextAnswer = answer(ui, next);
        assertThat(nextAnswer).isNotEqualTo(page).contains("\"clientId\":2");
        assertThat(answer(ui, next)).isEqualTo(nextAnswer);
    }
}

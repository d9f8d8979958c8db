package com.publisherportal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A UI's last UIDL answer, kept deflated between requests and given back whole. */
class CompactLastResponseTest {

    private final UIInternals internals = new UI().getInternals();

    /** An answer as long as a page's, with texts beyond Latin-1 (a time's narrow no-break space, a name, an emoji). */
    private static String pageAnswer() {
        StringBuilder answer = new StringBuilder("{\"syncId\":3,\"clientId\":3,\"changes\":[");
        for (int i = 0; i < 400; i++) {
            answer.append("{\"node\":").append(i).append(",\"type\":\"put\",\"key\":\"text\",\"feat\":7,\"value\":\"Lead ")
                    .append(i).append(" · Dec 5, 2026, 2:03\u202fPM · Łukasz 東京 \uD83D\uDCDE\"},");
        }
        return answer.append("{}]}").toString();
    }

    @Test
    void aPagesAnswerIsKeptDeflatedAndGivenBackWhole() {
        String answer = pageAnswer();
        internals.setLastRequestResponse(answer);

        CompactLastResponse.deflate(internals);
        String kept = internals.getLastRequestResponse();
        assertThat(kept.length()).isLessThan(answer.length() / 10);
        CompactLastResponse.deflate(internals);
        assertThat(internals.getLastRequestResponse()).as("deflated once only").isSameAs(kept);

        CompactLastResponse.inflate(internals);
        assertThat(internals.getLastRequestResponse()).isEqualTo(answer);
        CompactLastResponse.inflate(internals);
        assertThat(internals.getLastRequestResponse()).isEqualTo(answer);
    }

    @Test
    void aShortAnswerStaysAsItIs() {
        String answer = "{\"syncId\":4,\"clientId\":4}";
        internals.setLastRequestResponse(answer);

        CompactLastResponse.deflate(internals);

        assertThat(internals.getLastRequestResponse()).isSameAs(answer);
    }

    @Test
    void onlyARequestWithTheLastClientIdOrNoneReadableMayBeARepeat() {
        internals.setLastProcessedClientToServerId(7, new byte[0]);

        assertThat(CompactLastResponse.mayRepeat(internals, "{\"csrfToken\":\"t\",\"rpc\":[],\"syncId\":9,\"clientId\":7}")).isTrue();
        assertThat(CompactLastResponse.mayRepeat(internals, "{\"csrfToken\":\"t\",\"rpc\":[],\"syncId\":9,\"clientId\":8}")).isFalse();
        // A text typed by the user is escaped inside the body: it cannot pass for the client id.
        assertThat(CompactLastResponse.mayRepeat(internals,
                "{\"rpc\":[{\"value\":\"\\\"clientId\\\":7\"}],\"syncId\":9,\"clientId\":8}")).isFalse();
        assertThat(CompactLastResponse.mayRepeat(internals, "{\"rpc\":[]}")).isTrue();
        assertThat(CompactLastResponse.mayRepeat(internals, "{\"clientId\":\"x\"}")).isTrue();
        assertThat(CompactLastResponse.mayRepeat(internals, null)).isTrue();
    }
}

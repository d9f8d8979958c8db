package com.publisherportal.common;

import com.publisherportal.testsupport.PortalSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database is H2, and nothing switches on its lazy query execution. */
@PortalSpringTest
@ActiveProfiles("test")
class DatabaseTest {

    @Autowired Database database;

    @Test
    void theEmbeddedDatabaseIsH2() {
        assertThat(database.isH2()).isTrue();
        assertThat(database.isPostgres()).isFalse();
    }

    /**
     * H2's lazy execution fails long reads with "Chunk … not found" (h2database 4142, 4383):
     * exports read in keyset pages instead, and no code may turn it on again.
     */
    @Test
    void noCodeTurnsOnH2sLazyQueryExecution() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".properties")
                            || f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")
                            || f.toString().endsWith(".sql"))
                    .filter(f -> {
                        try {
                            String text = Files.readString(f);
                            return text.toUpperCase(java.util.Locale.ROOT).contains("LAZY_QUERY_EXECUTION");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }
}

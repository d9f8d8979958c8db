import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Load client for the lead-intake endpoint (issue 6's benchmark). Posts distinct marketplace-style
 * leads from a fixed number of concurrent workers (virtual threads, one keep-alive connection
 * each), first a warm-up that is not measured, then a measured run bounded by a lead count and a
 * duration. Loopback only: it refuses any other address. Run with a JDK 21+ source launcher:
 *
 *   java bench/IntakeLoadClient.java --url http://127.0.0.1:8093/intake/leads/TOKEN \
 *        [--leads 60000] [--warmup 20000] [--concurrency 16] [--max-seconds 120] [--client socket|httpclient]
 *
 * The default client speaks HTTP/1.1 over one plain keep-alive socket per worker: on a 2-core
 * machine shared with the server, java.net.http's own CPU use would otherwise be measured as the
 * server's. {@code --client httpclient} uses java.net.http instead.
 *
 * Prints throughput, latency percentiles (p50, p90, p99, max) and the answers received.
 */
public class IntakeLoadClient {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("leads", "60000", "warmup", "20000", "concurrency", "16",
                "max-seconds", "120", "client", "socket"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        URI url = URI.create(required(options, "url"));
        InetAddress address = InetAddress.getByName(url.getHost());
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("Loopback only: " + url.getHost() + " is not a loopback address");
        }
        int leads = Integer.parseInt(options.get("leads"));
        int warmup = Integer.parseInt(options.get("warmup"));
        int concurrency = Integer.parseInt(options.get("concurrency"));
        long maxSeconds = Long.parseLong(options.get("max-seconds"));
        String run = Long.toString(System.currentTimeMillis(), 36);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        boolean socket = !"httpclient".equals(options.get("client"));
        System.out.printf("Target %s, %d concurrent workers, %s client%n", url, concurrency,
                socket ? "socket" : "java.net.http");
        Result warm = phase(http, socket, url, "w" + run, warmup, concurrency, maxSeconds);
        System.out.printf("Warm-up:  %s%n", warm);
        Result measured = phase(http, socket, url, "m" + run, leads, concurrency, maxSeconds);
        System.out.printf("Measured: %s%n", measured);
        System.out.printf("Leads accepted in total (warm-up + measured): %d%n", warm.accepted + measured.accepted);
        http.close();
    }

    record Result(int sent, int accepted, double seconds, Map<Integer, Integer> answers, long[] latenciesNanos) {
        double perSecond() {
            return sent / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }

        @Override
        public String toString() {
            return String.format("%d leads in %.2f s = %.0f leads/s; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms,"
                            + " max %.2f ms; answers %s", sent, seconds, perSecond(), percentileMillis(50),
                    percentileMillis(90), percentileMillis(99), percentileMillis(100), answers);
        }
    }

    static Result phase(HttpClient http, boolean socket, URI url, String run, int count, int concurrency,
                        long maxSeconds)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLongArray latencies = new AtomicLongArray(count);
        AtomicInteger done = new AtomicInteger();
        Map<Integer, AtomicInteger> answers = new java.util.concurrent.ConcurrentHashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        long start = System.nanoTime();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < concurrency; w++) {
                workers.submit(() -> {
                    RawConnection connection = socket ? new RawConnection(url) : null;
                    try {
                        int i;
                        while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                            String body = lead(run, i);
                            long sent = System.nanoTime();
                            int status;
                            try {
                                String answer;
                                if (connection != null) {
                                    status = connection.post(body);
                                    answer = connection.lastBody;
                                } else {
                                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(url)
                                            .timeout(Duration.ofSeconds(30))
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(body))
                                            .build(), HttpResponse.BodyHandlers.ofString());
                                    status = response.statusCode();
                                    answer = response.body();
                                }
                                if (status == 201 && !answer.contains("\"id\"")) {
                                    status = -201;
                                }
                            } catch (Exception e) {
                                status = -1;
                                if (connection != null) {
                                    connection.close();
                                    connection = new RawConnection(url);
                                }
                            }
                            latencies.set(done.getAndIncrement(), System.nanoTime() - sent);
                            answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        }
                    } finally {
                        if (connection != null) {
                            connection.close();
                        }
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int sent = done.get();
        long[] sorted = new long[sent];
        for (int i = 0; i < sent; i++) {
            sorted[i] = latencies.get(i);
        }
        Arrays.sort(sorted);
        Map<Integer, Integer> counted = new TreeMap<>();
        answers.forEach((status, n) -> counted.put(status, n.get()));
        return new Result(sent, counted.getOrDefault(201, 0), seconds, counted, sorted);
    }

    /** A minimal HTTP/1.1 keep-alive connection: POST a JSON body, read status, headers and body. */
    static final class RawConnection {
        private final URI url;
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        String lastBody = "";

        RawConnection(URI url) {
            this.url = url;
        }

        int post(String json) throws IOException {
            if (socket == null) {
                socket = new Socket(url.getHost(), url.getPort());
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(30_000);
                in = new BufferedInputStream(socket.getInputStream(), 8192);
                out = socket.getOutputStream();
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
            byte[] request = new byte[headBytes.length + body.length];
            System.arraycopy(headBytes, 0, request, 0, headBytes.length);
            System.arraycopy(body, 0, request, headBytes.length, body.length);
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            String header;
            while (!(header = line()).isEmpty()) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            StringBuilder text = new StringBuilder();
            if (chunked) {
                int size;
                while ((size = Integer.parseInt(line().trim(), 16)) > 0) {
                    text.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
                    line();
                }
                line();
            } else if (length >= 0) {
                text.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
            }
            lastBody = text.toString();
            if (close) {
                close();
            }
            return status;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) c);
            }
            throw new IOException("Connection closed");
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing after a failure: nothing left to do
            }
            socket = null;
        }
    }

    /** A distinct lead per index, shaped as the marketplace sends it. */
    static String lead(String run, int i) {
        String action = switch (i % 4) {
            case 0 -> "INS";
            case 1 -> "PLT";
            case 2 -> "StartTestDrive";
            default -> "Create";
        };
        return """
                {"ActionCode":"%s","OfferTitle":"Bench Offer","LeadSource":"AzureMarketplace-%s|bench.bench-offer",\
                "Description":"Benchmark lead %d","UserDetails":{"FirstName":"Bench","LastName":"Lead %d",\
                "Email":"lead-%s-%d@bench-company.example","Phone":"+1 425 555 %04d","Country":"US",\
                "Company":"Bench Company %d","Title":"Director of IT"}}"""
                .formatted(action, action, i, i, run, i, i % 10_000, i % 500);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing --" + name);
        }
        return value;
    }
}

package com.publisherportal.insights;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.security.ApiKeyService;
import com.publisherportal.security.ApiScope;
import com.publisherportal.testsupport.SignIn;
import com.publisherportal.testsupport.TestClockConfig;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/reports/...} with API keys: formats, slices, masking by the key's creator, isolation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfig.class, SignIn.class})
class ReportApiHttpTest {

    @LocalServerPort int port;
    @Autowired ApiKeyService apiKeys;
    @Autowired SignIn signIn;
    @Autowired PublisherAccountRepository accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    HttpResponse<byte[]> get(String path, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static List<CSVRecord> csv(byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180).getRecords();
    }

    @Test
    void ordersComeAsCsvWithPartnerCenterColumnsAndTheSlicesApplied() throws Exception {
        HttpResponse<byte[]> response = get("/api/reports/orders?range=12&market=US&channel=Pay%20as%20You%20Go",
                AccountDemoData.CONTOSO_API_KEY);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("orders-"));
        List<CSVRecord> records = csv(response.body());
        List<String> header = records.getFirst().toList();
        assertThat(header).contains("OrderPurchaseDate", "OfferName", "AzureLicenseType", "MarketplaceLicenseType",
                "CustomerCountry", "OrderId", "IsNewCustomer", "MonthStartDate");
        int country = header.indexOf("CustomerCountry");
        int channel = header.indexOf("AzureLicenseType");
        assertThat(records.subList(1, records.size())).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get(country)).isEqualTo("United States");
            assertThat(r.get(channel)).isEqualTo("Pay as You Go");
        });
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("Fabrikam");
    }

    @Test
    void usageComesAsXlsxWithTheChosenColumnsAndSort() throws Exception {
        HttpResponse<byte[]> response = get("/api/reports/usage?range=1&format=xlsx&columns=usageDate,estimatedCharge&sort=-estimatedCharge",
                AccountDemoData.CONTOSO_API_KEY);
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("UsageDate");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("EstimatedExtendedChargePC");
            assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) 2);
            assertThat(sheet.getLastRowNum()).isPositive();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(1).getNumericCellValue())
                        .isLessThanOrEqualTo(sheet.getRow(r - 1).getCell(1).getNumericCellValue());
            }
        }
    }

    @Test
    void definitionsAddASheetToXlsxInTheRequestsLanguageAndLeaveCsvAlone() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/reports/usage?range=1&format=xlsx&columns=usageDate,estimatedCharge&definitions=true"))
                .header("Authorization", "Bearer " + AccountDemoData.CONTOSO_API_KEY)
                .header("Accept-Language", "fr-FR,fr;q=0.9").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            var definitions = workbook.getSheetAt(1);
            assertThat(definitions.getSheetName()).isEqualTo("Définitions");
            assertThat(definitions.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Définition");
            assertThat(definitions.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Utilisation");
            assertThat(definitions.getRow(2).getCell(0).getStringCellValue()).isEqualTo("UsageDate");
            assertThat(definitions.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Le jour de l’utilisation (UTC).");
            assertThat(definitions.getRow(3).getCell(0).getStringCellValue()).isEqualTo("EstimatedExtendedChargePC");
            assertThat(definitions.getLastRowNum()).isEqualTo(3);
        }
        try (XSSFWorkbook english = new XSSFWorkbook(new ByteArrayInputStream(get(
                "/api/reports/usage?range=1&format=xlsx&columns=usageDate&definitions=true",
                AccountDemoData.CONTOSO_API_KEY).body()))) {
            assertThat(english.getSheetAt(1).getSheetName()).isEqualTo("Definitions");
            assertThat(english.getSheetAt(1).getRow(2).getCell(2).getStringCellValue()).isEqualTo("The day the usage took place (UTC).");
        }
        String csv = new String(get("/api/reports/usage?range=1&columns=usageDate&definitions=true",
                AccountDemoData.CONTOSO_API_KEY).body(), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo(new String(get("/api/reports/usage?range=1&columns=usageDate",
                AccountDemoData.CONTOSO_API_KEY).body(), StandardCharsets.UTF_8));
    }

    @Test
    void customersShowPersonalDataOnlyToAKeyOfAnOwner() throws Exception {
        List<CSVRecord> owner = csv(get("/api/reports/customers?range=12", AccountDemoData.CONTOSO_API_KEY).body());
        int email = owner.getFirst().toList().indexOf("Email");
        assertThat(owner.subList(1, owner.size())).isNotEmpty().allSatisfy(r -> assertThat(r.get(email)).contains("@"));

        signIn.as("manager@contoso.example");
        long contoso = accounts.findByPublisherId("contoso").orElseThrow().id();
        String managersKey = apiKeys.create(contoso, "BI tool", EnumSet.of(ApiScope.REPORTS_READ)).plainText();
        SignIn.out();
        List<CSVRecord> masked = csv(get("/api/reports/customers?range=12", managersKey).body());
        assertThat(masked).hasSameSizeAs(owner);
        assertThat(masked.subList(1, masked.size())).allSatisfy(r -> assertThat(r.get(email)).isEqualTo(CustomerRow.MASK));
    }

    @Test
    void fabrikamsKeyReadsOnlyFabrikamsFigures() throws Exception {
        for (String report : List.of("orders", "usage", "customers", "insights", "deployments")) {
            HttpResponse<byte[]> response = get("/api/reports/" + report + "?range=12", AccountDemoData.FABRIKAM_API_KEY);
            assertThat(response.statusCode()).isEqualTo(200);
            String body = new String(response.body(), StandardCharsets.UTF_8);
            assertThat(body).doesNotContain("Contoso");
        }
        // Naming a Contoso offer is refused, not answered with Contoso's rows.
        assertThat(get("/api/reports/orders?offer=contoso-analytics", AccountDemoData.FABRIKAM_API_KEY).statusCode())
                .isEqualTo(400);
    }

    @Test
    void badParametersAreRefusedWithProblemDetails() throws Exception {
        String key = AccountDemoData.CONTOSO_API_KEY;
        assertThat(get("/api/reports/revenue", key).statusCode()).isEqualTo(404);
        assertThat(get("/api/reports/orders?format=pdf", key).statusCode()).isEqualTo(400);
        assertThat(get("/api/reports/orders?from=2025-01&to=2026-03", key).statusCode()).isEqualTo(400);
        assertThat(get("/api/reports/orders?range=24", key).statusCode()).isEqualTo(400);
        assertThat(get("/api/reports/orders?market=France", key).statusCode()).isEqualTo(400);
        assertThat(get("/api/reports/orders?channel=barter", key).statusCode()).isEqualTo(400);
        HttpResponse<byte[]> problem = get("/api/reports/orders?customers=vip", key);
        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(new String(problem.body(), StandardCharsets.UTF_8)).contains("insights.slice.customers.invalid");
    }
}

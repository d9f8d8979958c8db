package com.publisherportal.demo;

import com.publisherportal.leads.IntakeGrant;
import com.publisherportal.leads.IntakeTokenRepository;
import com.publisherportal.leads.LeadIntakeService;
import com.publisherportal.leads.LeadPayload;
import com.publisherportal.leads.LeadRepository;
import com.publisherportal.leads.LeadStatus;
import com.publisherportal.account.AppUserRepository;
import com.publisherportal.account.PublisherAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Demo leads for Contoso and Fabrikam, and fixed intake tokens so the README's curl command
 * works on a fresh non-production start. Off in the production build.
 */
@Component
@Order(40)
public class LeadDemoData implements DemoStep {

    /** Contoso's intake URL is {@code /intake/leads/} + this token (demo data only; documented in the README). */
    public static final String CONTOSO_INTAKE_TOKEN = "contoso-demo-intake-Q7xk2Lw9Rm4Tz8Vb";
    public static final String FABRIKAM_INTAKE_TOKEN = "fabrikam-demo-intake-H3nd6Pq1Ys5Wc0Jf";

    private static final Logger log = LoggerFactory.getLogger(LeadDemoData.class);

    private final PublisherAccountRepository accounts;
    private final IntakeTokenRepository tokens;
    private final LeadIntakeService intake;
    private final LeadRepository leads;
    private final AppUserRepository users;
    private final Clock clock;

    LeadDemoData(PublisherAccountRepository accounts, IntakeTokenRepository tokens,
                 LeadIntakeService intake, LeadRepository leads, AppUserRepository users, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.intake = intake;
        this.leads = leads;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var contoso = accounts.findByPublisherId("contoso");
        var fabrikam = accounts.findByPublisherId("fabrikam");
        if (contoso.isEmpty() || fabrikam.isEmpty() || tokens.tokenOf(contoso.get().id()).isPresent()) {
            return;
        }
        log.info("Seeding demo leads and intake tokens for Contoso and Fabrikam");
        Instant now = clock.instant();
        // The known tokens go straight into the table; the grants come as any poster's do, from the token.
        tokens.store(contoso.get().id(), CONTOSO_INTAKE_TOKEN, null, now);
        tokens.store(fabrikam.get().id(), FABRIKAM_INTAKE_TOKEN, null, now);
        IntakeGrant c = intake.authorize(CONTOSO_INTAKE_TOKEN);
        IntakeGrant f = intake.authorize(FABRIKAM_INTAKE_TOKEN);

        lead(c, now.minus(Duration.ofHours(2)), "INS", "AzureMarketplace-INS|contoso.contoso-analytics", "Contoso Analytics",
                "Emma", "Schmidt", "emma.schmidt@northwind-traders.com", "+49 30 5550 1234", "DE", "Northwind Traders",
                "Chief Information Officer", "Buying for 40 seats.");
        lead(c, now.minus(Duration.ofHours(21)), "PLT", "AzureMarketplace-PLT|contoso.contoso-analytics", "Contoso Analytics",
                "Lucas", "Martin", "lucas.martin@gmail.com", null, "FR", null, "Student", "Please call me about pricing.");
        lead(c, now.minus(Duration.ofHours(30)), "StartTestDrive", "TestDrive-StartTestDrive|contoso.contoso-analytics",
                "Contoso Analytics", "Priya", "Raman", "priya.raman@fourthcoffee.com", "+1 206 555 0142", "US",
                "Fourth Coffee", "IT Manager", null);
        lead(c, now.minus(Duration.ofHours(20)), "PLT", "AppSource-PLT|contoso.contoso-advisory",
                "Contoso: 2-Week Implementation", "Noah", "Williams", "noah@adventure-works.com", "+44 20 7946 0958",
                "GB", "Adventure Works", "Director of Operations", "Looking for an implementation partner.");
        long sofia = lead(c, now.minus(Duration.ofDays(3)), "Create", "AzurePortal-Create|contoso.contoso-analytics", "Contoso Analytics",
                "Sofia", "Rossi", "sofia.rossi@tailspin.it", "+39 06 5550 100", "IT", "Tailspin Toys", "Head of Data", null);
        lead(c, now.minus(Duration.ofHours(5)), "INS", "AzureMarketplace-INS|contoso.contoso-analytics", "Contoso Analytics",
                "Jordan", "Lee", "jlee@stateu.edu", "+1 617 555 0199", "US", "State University", "Research Fellow",
                "For our lab.");
        lead(c, now.minus(Duration.ofHours(8)), "DNC", "AzureMarketplace-DNC|contoso.contoso-analytics", "Contoso Analytics",
                "Olivia", "Brown", "olivia.brown@wideworldimporters.com", null, "CA", "Wide World Importers",
                "Procurement", null);
        lead(c, now.minus(Duration.ofHours(1)), "INS", "AzureMarketplace-INS|contoso.contoso-analytics", "MSFT_TEST Offer",
                "MSFT_TEST", "MSFT_TEST", "msft_test@microsoft.example", "MSFT_TEST", "US", "MSFT_TEST", "MSFT_TEST",
                "MSFT_TEST lead sent when the lead destination was configured.");
        long ana = lead(c, now.minus(Duration.ofDays(9)), "PLT", "SPZA-PLT|contoso.contoso-insights-pbi", "Contoso Insights for Power BI",
                "Ana", "García", "ana.garcia@lucerne-publishing.es", "+34 91 555 0123", "ES", "Lucerne Publishing",
                "Analyst", "Interested in a trial for the finance team.");
        triaged(c.accountId(), sofia, ana, now);

        lead(f, now.minus(Duration.ofHours(3)), "INS", "AzureMarketplace-INS|fabrikam.fabrikam-backup", "Fabrikam Backup",
                "Hugo", "Bernard", "hugo.bernard@margie-travel.fr", "+33 1 55 50 12 34", "FR", "Margie’s Travel",
                "Directeur informatique", null);
        lead(f, now.minus(Duration.ofHours(26)), "PLT", "AzurePortal-PLT|fabrikam.fabrikam-backup", "Fabrikam Backup",
                "Chloé", "Dubois", "chloe.dubois@outlook.com", null, "FR", null, null, "Rappelez-moi, s’il vous plaît.");
    }

    /** Leads a publisher already worked on: contacted and qualified, assigned, with notes. */
    private void triaged(long accountId, long sofia, long ana, Instant now) {
        long marc = users.findByEmail("manager@contoso.example").orElseThrow().id();
        long alice = users.findByEmail("owner@contoso.example").orElseThrow().id();
        leads.updateStatus(accountId, sofia, LeadStatus.CONTACTED, now.minus(Duration.ofDays(2)), 0);
        leads.updateAssignee(accountId, sofia, marc, 1);
        leads.insertNote(sofia, marc, "Marc Manager", now.minus(Duration.ofDays(2)),
                "Called Sofia: setup call booked for next week.");
        leads.updateStatus(accountId, ana, LeadStatus.CONTACTED, now.minus(Duration.ofDays(8)), 0);
        leads.updateStatus(accountId, ana, LeadStatus.QUALIFIED, now.minus(Duration.ofDays(6)), 1);
        leads.updateAssignee(accountId, ana, alice, 2);
        leads.insertNote(ana, alice, "Alice Owner", now.minus(Duration.ofDays(6)),
                "Budget confirmed for Q3; trial for 12 analysts.");
    }

    private long lead(IntakeGrant grant, Instant at, String action, String source, String title, String first, String last,
                      String email, String phone, String country, String company, String jobTitle, String description) {
        return intake.ingest(grant, new LeadPayload(action, title, source, description, first, last, email, phone, country,
                company, jobTitle), null, at).leadId();
    }
}

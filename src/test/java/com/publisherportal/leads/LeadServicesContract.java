package com.publisherportal.leads;

import com.publisherportal.demo.LeadDemoData;
import com.publisherportal.account.AccountService;
import com.publisherportal.account.Member;
import com.publisherportal.account.PublisherAccount;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.account.SignUpService;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.export.ExportColumn;
import com.publisherportal.common.export.ExportFormat;
import com.publisherportal.common.export.ExportOptions;
import com.publisherportal.security.AccountRole;
import com.publisherportal.testsupport.MutableClock;
import com.publisherportal.testsupport.SignIn;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Lead intake rules, de-duplication under concurrency, the inbox's triage and tenant isolation,
 * and exports compared with the grid's rows, through the services. Runs on H2 and PostgreSQL.
 */
abstract class LeadServicesContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired SignIn signIn;
    @Autowired SignUpService signUps;
    @Autowired AccountService accounts;
    @Autowired LeadIntakeService intake;
    @Autowired IntakeTokenService intakeTokens;
    @Autowired LeadService leads;
    @Autowired PublisherAccountRepository accountRepository;
    @Autowired MutableClock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** A fresh publisher with its owner signed in and its intake token, so tests do not disturb each other. */
    record Fresh(long accountId, String token, String ownerEmail) {
    }

    Fresh freshPublisher() {
        String email = unique("owner") + "@leads.example";
        PublisherAccount account = signUps.signUp(new SignUpService.SignUp("Leads Co " + email, "Leads Co",
                unique("pub"), "DE", "Olga Owner", email, "a-strong-passphrase-42", "en")).orElseThrow();
        signIn.as(email);
        return new Fresh(account.id(), intakeTokens.intakeToken(account.id()), email);
    }

    long contosoId() {
        return accountRepository.findByPublisherId("contoso").orElseThrow().id();
    }

    long fabrikamId() {
        return accountRepository.findByPublisherId("fabrikam").orElseThrow().id();
    }

    static LeadPayload payload(String action, String source, String first, String last, String email, String phone,
                               String company, String title) {
        return new LeadPayload(action, "Some offer", source, "Interested", first, last, email, phone, "FR", company, title);
    }

    static LeadPayload simple(String email) {
        return payload("INS", "AzureMarketplace-INS|pub.offer", "Ada", "Lovelace", email, "+33 1 23", "Analytical Engines",
                "Engineer");
    }

    // ---- intake rules

    @Test
    void personalDataOfEduAddressesIsNotStoredButCompanyAndCountryAre() {
        Fresh fresh = freshPublisher();
        IntakeResult result = intake.receive(fresh.token(), payload("PLT", "AppSource-PLT|pub.offer", "Jo", "Student",
                "jo@campus.example.edu", "+1 555", "State University", "Research Fellow"), null);
        Lead lead = leads.lead(fresh.accountId(), result.leadId());
        assertThat(lead.personalDataRemoved()).isTrue();
        assertThat(lead.firstName()).isNull();
        assertThat(lead.lastName()).isNull();
        assertThat(lead.email()).isNull();
        assertThat(lead.phone()).isNull();
        assertThat(lead.jobTitle()).isNull();
        assertThat(lead.description()).isNull();
        assertThat(lead.company()).isEqualTo("State University");
        assertThat(lead.country()).isEqualTo("FR");
        // The search text holds nothing personal either.
        assertThat(leads.find(fresh.accountId(), LeadFilter.all().withSearch("student"), List.of(), RowWindow.of(0, 10))).isEmpty();
        // A company address is kept as sent.
        Lead kept = leads.lead(fresh.accountId(), intake.receive(fresh.token(), simple("Ada@Engines.example"), null).leadId());
        assertThat(kept.email()).isEqualTo("ada@engines.example");
        assertThat(kept.personalDataRemoved()).isFalse();
    }

    @Test
    void dncLeadsAreMarkedDoNotContactAndCannotBeMovedToContacted() {
        Fresh fresh = freshPublisher();
        Lead lead = leads.lead(fresh.accountId(), intake.receive(fresh.token(),
                payload("DNC", "AzureMarketplace-DNC|pub.offer", "Dan", "Nope", "dan@nope.example", null, "Nope Inc", null),
                null).leadId());
        assertThat(lead.doNotContact()).isTrue();
        assertThat(lead.action()).isEqualTo(LeadAction.DO_NOT_CONTACT);
        assertThat(lead.followUp()).isEqualTo(FollowUp.NONE);
        assertThatThrownBy(() -> leads.changeStatus(fresh.accountId(), lead.id(), LeadStatus.CONTACTED, lead.version()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("lead.status.do-not-contact"));
        assertThat(leads.changeStatus(fresh.accountId(), lead.id(), LeadStatus.LOST, lead.version()).status())
                .isEqualTo(LeadStatus.LOST);
        assertThat(LeadScoring.nextStepKey(lead.action(), lead.status())).isEqualTo("lead.next.dnc");
    }

    @Test
    void testLeadsAreShownButLeftOutOfCounts() {
        Fresh fresh = freshPublisher();
        intake.receive(fresh.token(), simple(unique("real") + "@buyer.example"), null);
        FollowUpSummary before = leads.followUpSummary(fresh.accountId());
        assertThat(before.open()).isEqualTo(1);
        IntakeResult test = intake.receive(fresh.token(), payload("INS", "AzureMarketplace-INS|pub.offer", "MSFT_TEST",
                "MSFT_TEST", "msft_test@example.com", "MSFT_TEST", "MSFT_TEST", "MSFT_TEST"), null);
        Lead lead = leads.lead(fresh.accountId(), test.leadId());
        assertThat(lead.testLead()).isTrue();
        assertThat(leads.followUpSummary(fresh.accountId())).isEqualTo(before);
        assertThat(leads.find(fresh.accountId(), LeadFilter.all(), List.of(), RowWindow.of(0, 10))).extracting(Lead::id)
                .contains(test.leadId());
        assertThat(leads.count(fresh.accountId(), LeadFilter.all().withoutTestLeads())).isEqualTo(1);
    }

    @Test
    void aRotatedTokenIsRefusedAtOnceAndTheNewOneWorks() {
        Fresh fresh = freshPublisher();
        intake.receive(fresh.token(), simple(unique("a") + "@x.example"), null);
        String rotated = intakeTokens.rotateToken(fresh.accountId());
        assertThat(rotated).isNotEqualTo(fresh.token()).hasSizeGreaterThanOrEqualTo(43);
        assertThatThrownBy(() -> intake.receive(fresh.token(), simple(unique("b") + "@x.example"), null))
                .isInstanceOf(NotFoundException.class);
        assertThat(intake.receive(rotated, simple(unique("c") + "@x.example"), null).created()).isTrue();
        assertThat(intakeTokens.intakeToken(fresh.accountId())).isEqualTo(rotated);
        assertThatThrownBy(() -> intake.receive("no-such-token-anywhere-1234", simple("d@x.example"), null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyOwnersAndManagersSeeAndRotateTheToken() {
        signIn.as("developer@contoso.example");
        assertThatThrownBy(() -> intakeTokens.intakeToken(contosoId())).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> leads.find(contosoId(), LeadFilter.all(), List.of(), RowWindow.of(0, 5)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        signIn.as("owner@fabrikam.example");
        assertThatThrownBy(() -> intakeTokens.rotateToken(contosoId())).isInstanceOf(NotFoundException.class);
        signIn.as("manager@contoso.example");
        assertThat(intakeTokens.intakeToken(contosoId())).isEqualTo(LeadDemoData.CONTOSO_INTAKE_TOKEN);
    }

    @Test
    void contosoTokenCannotWriteIntoFabrikamsInboxAndFabrikamCannotReadContosoLeads() {
        signIn.as("owner@fabrikam.example");
        int fabrikamBefore = leads.count(fabrikamId(), LeadFilter.all());
        // Contoso's token posting a lead that names Fabrikam's offer: it lands in Contoso's inbox, unlinked.
        IntakeResult result = intake.receive(LeadDemoData.CONTOSO_INTAKE_TOKEN, payload("INS",
                "AzureMarketplace-INS|fabrikam.fabrikam-backup", "Eve", "Intruder", unique("eve") + "@evil.example",
                null, "Evil", null), null);
        assertThat(leads.count(fabrikamId(), LeadFilter.all())).isEqualTo(fabrikamBefore);
        assertThatThrownBy(() -> leads.lead(fabrikamId(), result.leadId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> leads.lead(contosoId(), result.leadId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> leads.find(contosoId(), LeadFilter.all(), List.of(), RowWindow.of(0, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> leads.export(contosoId(), LeadFilter.all(), List.of(), List.of(), ExportFormat.CSV,
                ExportOptions.of(ZoneId.of("UTC"), "Leads"), new ByteArrayOutputStream())).isInstanceOf(NotFoundException.class);
        // Fabrikam's own inbox does not reach the Contoso lead even by id.
        assertThatThrownBy(() -> leads.changeStatus(fabrikamId(), result.leadId(), LeadStatus.LOST, 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> leads.addNote(fabrikamId(), result.leadId(), "mine now")).isInstanceOf(NotFoundException.class);

        signIn.as("owner@contoso.example");
        Lead lead = leads.lead(contosoId(), result.leadId());
        assertThat(lead.offerRef()).isNull();
        assertThat(lead.offerAddress()).isEqualTo("fabrikam.fabrikam-backup");
        // Contoso's own offer is linked.
        Lead linked = leads.lead(contosoId(), intake.receive(LeadDemoData.CONTOSO_INTAKE_TOKEN, payload("INS",
                "AzureMarketplace-INS|contoso.contoso-analytics", "Al", "Buyer", unique("al") + "@buyer.example", null,
                "Buyer", null), null).leadId());
        assertThat(linked.offerName()).isEqualTo("Contoso Analytics");
        assertThat(linked.source()).isEqualTo("AzureMarketplace");
    }

    @Test
    void theScoreIsExplainedPartByPart() {
        Fresh fresh = freshPublisher();
        Lead top = leads.lead(fresh.accountId(), intake.receive(fresh.token(), payload("INS",
                "AzureMarketplace-INS|pub.offer", "Emma", "Schmidt", "emma@northwind.example", "+49 30", "Northwind",
                "Chief Information Officer"), null).leadId());
        LeadScoring.Score score = leads.detail(fresh.accountId(), top.id()).score();
        assertThat(score.total()).isEqualTo(100).isEqualTo(top.score());
        assertThat(score.parts()).extracting(LeadScoring.Part::key, LeadScoring.Part::points).containsExactly(
                org.assertj.core.groups.Tuple.tuple("lead.score.action", 35),
                org.assertj.core.groups.Tuple.tuple("lead.score.contact", 20),
                org.assertj.core.groups.Tuple.tuple("lead.score.domain.business", 15),
                org.assertj.core.groups.Tuple.tuple("lead.score.title.senior", 15),
                org.assertj.core.groups.Tuple.tuple("lead.score.recency.day", 15));

        // A contact request from a free-mail address, no phone or company, a junior title, two days old:
        // 15 (contact me) + 12 (e-mail 6, names 4, title 2) + 0 (free mail) + 0 (title) + 10 (within 3 days) = 37.
        long id = intake.receive(fresh.token(), payload("PLT", "AzureMarketplace-PLT|pub.offer", "Lucas", "Martin",
                "lucas@gmail.com", null, null, "Student"), null).leadId();
        clock.advance(Duration.ofHours(48));
        LeadScoring.Score low = leads.detail(fresh.accountId(), id).score();
        assertThat(low.parts()).extracting(LeadScoring.Part::key, LeadScoring.Part::points).containsExactly(
                org.assertj.core.groups.Tuple.tuple("lead.score.action", 15),
                org.assertj.core.groups.Tuple.tuple("lead.score.contact", 12),
                org.assertj.core.groups.Tuple.tuple("lead.score.domain.free", 0),
                org.assertj.core.groups.Tuple.tuple("lead.score.title.none", 0),
                org.assertj.core.groups.Tuple.tuple("lead.score.recency.days", 10));
        assertThat(low.total()).isEqualTo(37).isEqualTo(leads.lead(fresh.accountId(), id).score());
        // Sorting by score happens in SQL, with the recency part computed there too.
        List<Lead> byScore = leads.find(fresh.accountId(), LeadFilter.all(),
                List.of(SortKey.asc("score")), RowWindow.of(0, 10));
        assertThat(byScore).extracting(Lead::id).containsExactly(id, top.id());
        assertThat(LeadScoring.nextStepKey(LeadAction.TEST_DRIVE, LeadStatus.NEW))
                .isNotEqualTo(LeadScoring.nextStepKey(LeadAction.PURCHASE, LeadStatus.NEW));
    }

    // ---- de-duplication

    @Test
    void aRepeatWithin24HoursUpdatesTheLeadAndALaterOneStartsANewLead() {
        Fresh fresh = freshPublisher();
        String email = unique("repeat") + "@buyer.example";
        IntakeResult first = intake.receive(fresh.token(), simple(email), null);
        clock.advance(Duration.ofHours(23));
        IntakeResult second = intake.receive(fresh.token(), simple(email.toUpperCase()), null);
        assertThat(second.created()).isFalse();
        assertThat(second.leadId()).isEqualTo(first.leadId());
        assertThat(second.repeatCount()).isEqualTo(1);
        // A different action is a different lead.
        assertThat(intake.receive(fresh.token(), payload("StartTestDrive", "TestDrive-StartTestDrive|pub.offer", "Ada",
                "Lovelace", email, null, null, null), null).created()).isTrue();
        clock.advance(Duration.ofHours(25));
        IntakeResult later = intake.receive(fresh.token(), simple(email), null);
        assertThat(later.created()).isTrue();
        assertThat(later.leadId()).isNotEqualTo(first.leadId());
        assertThat(leads.lead(fresh.accountId(), first.leadId()).repeatCount()).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyUpdatesTheLeadWhateverTheContent() {
        Fresh fresh = freshPublisher();
        IntakeResult first = intake.receive(fresh.token(), simple(unique("k1") + "@x.example"), "delivery-42");
        IntakeResult again = intake.receive(fresh.token(), simple(unique("k2") + "@x.example"), "delivery-42");
        assertThat(again.leadId()).isEqualTo(first.leadId());
        assertThat(again.created()).isFalse();
        assertThat(leads.count(fresh.accountId(), LeadFilter.all())).isEqualTo(1);
    }

    @Test
    void concurrentPostsOfTheSameLeadMakeOneLead() throws Exception {
        Fresh fresh = freshPublisher();
        int rounds = 15;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                String email = unique("race") + "@buyer.example";
                String key = unique("idem");
                List<IntakeResult> sameContent = race(pool, () -> intake.receive(fresh.token(), simple(email), null));
                assertThat(sameContent).extracting(IntakeResult::leadId).as("round " + round).containsOnly(sameContent.getFirst().leadId());
                assertThat(sameContent).filteredOn(IntakeResult::created).hasSize(1);
                // Same Idempotency-Key with different content (two different e-mails).
                AtomicInteger which = new AtomicInteger();
                List<IntakeResult> sameKey = race(pool, () -> intake.receive(fresh.token(),
                        simple(which.incrementAndGet() + email), key));
                assertThat(sameKey).extracting(IntakeResult::leadId).containsOnly(sameKey.getFirst().leadId());
                assertThat(sameKey).filteredOn(IntakeResult::created).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(leads.count(fresh.accountId(), LeadFilter.all())).isEqualTo(2 * rounds);
        assertThat(leads.find(fresh.accountId(), LeadFilter.all(), List.of(), RowWindow.of(0, 100)))
                .allSatisfy(l -> assertThat(l.repeatCount()).isEqualTo(1));
    }

    private static List<IntakeResult> race(ExecutorService pool, java.util.concurrent.Callable<IntakeResult> post)
            throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Future<IntakeResult>> futures = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            futures.add(pool.submit(() -> {
                barrier.await(10, TimeUnit.SECONDS);
                return post.call();
            }));
        }
        List<IntakeResult> results = new ArrayList<>();
        for (Future<IntakeResult> future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        return results;
    }

    // ---- inbox

    @Test
    void theFollowUpClockIs24HoursOr48ForConsultingOffers() {
        signIn.as("owner@contoso.example");
        long contoso = contosoId();
        long saas = intake.receive(LeadDemoData.CONTOSO_INTAKE_TOKEN, payload("PLT",
                "AzureMarketplace-PLT|contoso.contoso-analytics", "S", "Aas", unique("s") + "@c.example", null, "C", null),
                null).leadId();
        long consulting = intake.receive(LeadDemoData.CONTOSO_INTAKE_TOKEN, payload("PLT",
                "AppSource-PLT|contoso.contoso-advisory", "Con", "Sult", unique("c") + "@c.example", null, "C", null),
                null).leadId();
        Lead saasLead = leads.lead(contoso, saas);
        assertThat(Duration.between(saasLead.receivedAt(), saasLead.followUpDueAt())).isEqualTo(Duration.ofHours(24));
        Lead consultingLead = leads.lead(contoso, consulting);
        assertThat(consultingLead.consulting()).isTrue();
        assertThat(Duration.between(consultingLead.receivedAt(), consultingLead.followUpDueAt())).isEqualTo(Duration.ofHours(48));
        assertThat(saasLead.followUp()).isEqualTo(FollowUp.ON_TIME);

        clock.advance(Duration.ofHours(21));
        assertThat(leads.lead(contoso, saas).followUp()).isEqualTo(FollowUp.DUE_SOON);
        assertThat(leads.find(contoso, LeadFilter.all().withFollowUp(FollowUp.DUE_SOON), List.of(), RowWindow.of(0, 100)))
                .extracting(Lead::id).contains(saas).doesNotContain(consulting);
        clock.advance(Duration.ofHours(4));
        assertThat(leads.lead(contoso, saas).followUp()).isEqualTo(FollowUp.OVERDUE);
        assertThat(leads.lead(contoso, consulting).followUp()).isEqualTo(FollowUp.ON_TIME);
        assertThat(leads.find(contoso, LeadFilter.all().withFollowUp(FollowUp.OVERDUE), List.of(), RowWindow.of(0, 100)))
                .extracting(Lead::id).contains(saas).doesNotContain(consulting);
        // Contacting the customer stops the clock.
        Lead contacted = leads.changeStatus(contoso, saas, LeadStatus.CONTACTED, leads.lead(contoso, saas).version());
        assertThat(contacted.followUp()).isEqualTo(FollowUp.NONE);
        assertThat(contacted.handledAt()).isNotNull();
    }

    @Test
    void theFollowUpSummaryCountsDueSoonAndOverdueLeads() {
        Fresh fresh = freshPublisher();
        intake.receive(fresh.token(), simple(unique("old") + "@x.example"), null);
        clock.advance(Duration.ofHours(22));
        intake.receive(fresh.token(), simple(unique("new") + "@x.example"), null);
        assertThat(leads.followUpSummary(fresh.accountId())).isEqualTo(new FollowUpSummary(2, 1, 0));
        clock.advance(Duration.ofHours(3));
        assertThat(leads.followUpSummary(fresh.accountId())).isEqualTo(new FollowUpSummary(2, 0, 1));
    }

    @Test
    void statusMovesFollowTheFunnelAndStaleEditsAreRefused() {
        Fresh fresh = freshPublisher();
        long id = intake.receive(fresh.token(), simple(unique("f") + "@x.example"), null).leadId();
        Lead lead = leads.lead(fresh.accountId(), id);
        assertThatThrownBy(() -> leads.changeStatus(fresh.accountId(), id, LeadStatus.WON, lead.version()))
                .isInstanceOf(ValidationException.class);
        Lead contacted = leads.changeStatus(fresh.accountId(), id, LeadStatus.CONTACTED, lead.version());
        // Someone else saw the old version: nothing is overwritten.
        assertThatThrownBy(() -> leads.changeStatus(fresh.accountId(), id, LeadStatus.LOST, lead.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> leads.assign(fresh.accountId(), id, null, lead.version()))
                .isInstanceOf(ConflictException.class);
        Lead qualified = leads.changeStatus(fresh.accountId(), id, LeadStatus.QUALIFIED, contacted.version());
        assertThat(leads.changeStatus(fresh.accountId(), id, LeadStatus.WON, qualified.version()).status())
                .isEqualTo(LeadStatus.WON);
        assertThat(LeadStatus.WON.next()).isEmpty();
        // A repeat from the marketplace does not make the user's edit stale.
        Lead won = leads.lead(fresh.accountId(), id);
        intake.receive(fresh.token(), simple(won.email()), null);
        assertThat(leads.lead(fresh.accountId(), id).version()).isEqualTo(won.version());
    }

    @Test
    void leadsAreAssignedToUsersOfTheAccountAndCarryNotes() {
        signIn.as("owner@contoso.example");
        long contoso = contosoId();
        long id = intake.receive(LeadDemoData.CONTOSO_INTAKE_TOKEN, simple(unique("n") + "@x.example"), null).leadId();
        Lead lead = leads.lead(contoso, id);
        long marc = accounts.members(contoso).stream().filter(m -> m.role() == AccountRole.MANAGER).findFirst()
                .orElseThrow().userId();
        Lead assigned = leads.assign(contoso, id, marc, lead.version());
        assertThat(assigned.assignedName()).isEqualTo("Marc Manager");
        assertThat(leads.find(contoso, new LeadFilter(Set.of(), null, null, null, null, null, marc, false, null, null,
                true), List.of(), RowWindow.of(0, 100))).extracting(Lead::id).contains(id);
        signIn.as("owner@fabrikam.example");
        long fiona = accounts.members(fabrikamId()).getFirst().userId();
        signIn.as("owner@contoso.example");
        assertThatThrownBy(() -> leads.assign(contoso, id, fiona, assigned.version())).isInstanceOf(ValidationException.class);

        clock.advance(Duration.ofMinutes(5));
        leads.addNote(contoso, id, "Called, left a voicemail.");
        signIn.as("manager@contoso.example");
        LeadNote note = leads.addNote(contoso, id, "Call back on Monday.");
        assertThat(note.authorName()).isEqualTo("Marc Manager");
        assertThat(leads.detail(contoso, id).notes()).extracting(LeadNote::body, LeadNote::authorName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Call back on Monday.", "Marc Manager"),
                org.assertj.core.groups.Tuple.tuple("Called, left a voicemail.", "Alice Owner"));
        assertThatThrownBy(() -> leads.addNote(contoso, id, "  ")).isInstanceOf(ValidationException.class);

        // The dialog's read: the lead as it now stands, its score and assignees, for its own account only.
        LeadDetail detail = leads.detail(contoso, id);
        assertThat(detail.lead().assignedName()).isEqualTo("Marc Manager");
        assertThat(detail.lead().version()).isEqualTo(assigned.version());
        assertThat(detail.score().total()).isEqualTo(detail.lead().score());
        assertThat(detail.assignees()).extracting(Member::userId).contains(marc).doesNotContain(fiona);
        signIn.as("owner@fabrikam.example");
        assertThatThrownBy(() -> leads.detail(contoso, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> leads.detail(fabrikamId(), id)).isInstanceOf(NotFoundException.class);
        signIn.as("developer@contoso.example");
        assertThatThrownBy(() -> leads.detail(contoso, id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void filtersRunInSqlOverStatusActionSourceDateAndText() {
        Fresh fresh = freshPublisher();
        long buyer = intake.receive(fresh.token(), payload("INS", "AzureMarketplace-INS|pub.offer", "Zoé", "Zèbre",
                unique("zoe") + "@zebra.example", null, "Zebra Crossing", null), null).leadId();
        clock.advance(Duration.ofDays(2));
        // A whole second, so the stored arrival (microseconds) and the filter's bound compare exactly.
        clock.set(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        Instant between = clock.instant();
        long trial = intake.receive(fresh.token(), payload("StartTestDrive", "TestDrive-StartTestDrive|pub.offer", "Tim",
                "Trial", unique("tim") + "@trial.example", null, "Trial_50% Ltd", null), null).leadId();
        assertThat(ids(fresh, LeadFilter.all().withSearch("ZEBRA"))).containsExactly(buyer);
        assertThat(ids(fresh, LeadFilter.all().withSearch("zèbre"))).containsExactly(buyer);
        assertThat(ids(fresh, LeadFilter.all().withSearch("_50%"))).containsExactly(trial);
        assertThat(ids(fresh, LeadFilter.all().withSearch("50%x"))).isEmpty();
        assertThat(ids(fresh, LeadFilter.all().withRange(between, null))).containsExactly(trial);
        assertThat(ids(fresh, LeadFilter.all().withRange(null, between))).containsExactly(buyer);
        assertThat(ids(fresh, new LeadFilter(Set.of(), LeadAction.TEST_DRIVE, null, null, null, null, null, false, null,
                null, true))).containsExactly(trial);
        assertThat(ids(fresh, new LeadFilter(Set.of(), null, "AzureMarketplace", null, null, null, null, false, null,
                null, true))).containsExactly(buyer);
        Lead b = leads.lead(fresh.accountId(), buyer);
        leads.changeStatus(fresh.accountId(), buyer, LeadStatus.CONTACTED, b.version());
        assertThat(ids(fresh, LeadFilter.all().withStatuses(Set.of(LeadStatus.CONTACTED)))).containsExactly(buyer);
        assertThat(ids(fresh, new LeadFilter(Set.of(), null, null, null, null, null, null, true, null, null, true)))
                .containsExactlyInAnyOrder(buyer, trial);
        assertThat(leads.count(fresh.accountId(), LeadFilter.all().withSearch("trial"))).isEqualTo(1);
        // A second lead from the marketplace: the source choices still list each source once, in order.
        intake.receive(fresh.token(), simple(unique("again") + "@x.example"), null);
        assertThat(leads.sources(fresh.accountId())).containsExactly("AzureMarketplace", "TestDrive");
    }

    private List<Long> ids(Fresh fresh, LeadFilter filter) {
        return leads.find(fresh.accountId(), filter, List.of(), RowWindow.of(0, 100)).stream().map(Lead::id).toList();
    }

    // ---- exports

    @Test
    void exportsHoldExactlyTheGridsRowsAndColumns() throws Exception {
        Fresh fresh = freshPublisher();
        intake.receive(fresh.token(), payload("INS", "AzureMarketplace-INS|pub.offer", "=cmd", "Dupont, \"Jr\"",
                unique("e1") + "@acme.example", "+33 6 12 34", "Société Générale", "Chief Executive"), null);
        clock.advance(Duration.ofMinutes(3));
        intake.receive(fresh.token(), payload("PLT", "AppSource-PLT|pub.offer", "Łukasz", "Nowak",
                unique("e2") + "@acme-mail.example", "-12", "@risk", "Manager"), null);
        clock.advance(Duration.ofMinutes(3));
        intake.receive(fresh.token(), payload("StartTestDrive", "TestDrive-StartTestDrive|pub.offer", "Ana", "Lima",
                unique("e3") + "@acme.example", null, "Acme", null), null);
        clock.advance(Duration.ofMinutes(3));
        intake.receive(fresh.token(), payload("INS", "AzureMarketplace-INS|pub.offer", "Filtered", "Out",
                unique("e4") + "@other.example", null, "Other", null), null);

        LeadFilter filter = LeadFilter.all().withSearch("acme").withStatuses(Set.of(LeadStatus.NEW));
        List<SortKey> sorts = List.of(SortKey.desc("score"));
        List<String> columns = List.of("receivedAt", "score", "firstName", "lastName", "company", "phone", "email",
                "doNotContact", "repeatCount");
        List<Lead> gridRows = leads.find(fresh.accountId(), filter, sorts, RowWindow.of(0, 100));
        assertThat(gridRows).hasSize(3);
        List<ExportColumn<Lead>> model = LeadColumns.MODEL.select(columns);
        ZoneId zone = ZoneId.of("Europe/Paris");

        ByteArrayOutputStream csvBytes = new ByteArrayOutputStream();
        long csvRows = leads.export(fresh.accountId(), filter, sorts, columns, ExportFormat.CSV,
                ExportOptions.of(zone, "Leads"), csvBytes);
        assertThat(csvRows).isEqualTo(3);
        String csv = csvBytes.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.getFirst().toList()).containsExactly("ReceivedDate", "Score", "FirstName", "LastName",
                "Company", "Phone", "Email", "DoNotContact", "RepeatCount");
        DateTimeFormatter csvTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        for (int r = 0; r < gridRows.size(); r++) {
            Lead lead = gridRows.get(r);
            CSVRecord record = records.get(r + 1);
            for (int c = 0; c < model.size(); c++) {
                Object value = model.get(c).valueOf(lead);
                String expected = switch (value) {
                    case null -> "";
                    case Instant instant -> csvTime.format(instant);
                    case Boolean bool -> bool ? "TRUE" : "FALSE";
                    case String text -> com.publisherportal.common.export.FormulaGuard.neutralise(text);
                    default -> value.toString();
                };
                assertThat(record.get(c)).as("CSV row " + r + " column " + model.get(c).key()).isEqualTo(expected);
            }
        }
        assertThat(records).hasSize(4);
        assertThat(csv).contains("'=cmd", "'@risk", "'-12", "\"Dupont, \"\"Jr\"\"\"");

        ByteArrayOutputStream xlsxBytes = new ByteArrayOutputStream();
        leads.export(fresh.accountId(), filter, sorts, columns, ExportFormat.XLSX, ExportOptions.of(zone, "Leads"), xlsxBytes);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsxBytes.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(gridRows.size());
            for (int r = 0; r < gridRows.size(); r++) {
                Row row = sheet.getRow(r + 1);
                for (int c = 0; c < model.size(); c++) {
                    Object value = model.get(c).valueOf(gridRows.get(r));
                    Cell cell = row.getCell(c);
                    String where = "XLSX row " + r + " column " + model.get(c).key();
                    switch (value) {
                        case null -> assertThat(cell).as(where).isNull();
                        case Instant instant -> {
                            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                            assertThat(DateUtil.isCellDateFormatted(cell)).as(where).isTrue();
                            assertThat(cell.getLocalDateTimeCellValue()).as(where).isCloseTo(
                                    LocalDateTime.ofInstant(instant, zone), within(2, ChronoUnit.MILLIS));
                        }
                        case Number number -> {
                            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                            assertThat(cell.getNumericCellValue()).as(where).isEqualTo(number.doubleValue());
                        }
                        case Boolean bool -> assertThat(cell.getBooleanCellValue()).as(where).isEqualTo(bool);
                        default -> {
                            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
                            assertThat(cell.getStringCellValue()).as(where).isEqualTo(value);
                        }
                    }
                }
            }
        }
    }
}

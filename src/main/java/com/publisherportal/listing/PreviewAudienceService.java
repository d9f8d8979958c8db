package com.publisherportal.listing;

import com.publisherportal.audit.AuditService;
import com.publisherportal.common.EmailAddress;
import com.publisherportal.common.PublicAccess;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.AccountAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An offer's preview audience (at most 100 e-mail addresses or Azure subscription ids, added one
 * by one or from a CSV file) and its preview link. The link carries a random token stored with
 * the offer, so it works on every node without shared configuration, and revoking it makes a new
 * one; whoever holds it sees the listing and plans as they will be, without signing in.
 */
@Service
public class PreviewAudienceService {

    /** A CSV of 100 entries and a header fits in far less. */
    public static final int MAX_CSV_BYTES = 64 * 1024;
    private static final Pattern GUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern HEADER = Pattern.compile("[\\p{L} _-]{1,40}");
    private static final int MAX_LINE_ERRORS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PreviewAudienceRepository repository;
    private final ListingService listings;
    private final OfferService offers;
    private final AccountAccess access;
    private final AuditService audit;
    private final Clock clock;

    PreviewAudienceService(PreviewAudienceRepository repository, ListingService listings, OfferService offers,
                           AccountAccess access, AuditService audit, Clock clock) {
        this.repository = repository;
        this.listings = listings;
        this.offers = offers;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The audience and the link's token (made on first reading); the offer's members and staff. */
    @Transactional
    public PreviewAudience audience(long offerId) {
        Offer offer = offers.offer(offerId);
        access.requireMemberOrStaff(offer.accountId());
        return load(offer);
    }

    /** Whether the caller may change the audience (the listing's editing roles). */
    @Transactional(readOnly = true)
    public boolean mayEdit(long offerId) {
        Offer offer = offers.offer(offerId);
        try {
            access.requireMember(offer.accountId(), ListingDrafts.EDITORS);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Transactional
    public PreviewAudience add(long offerId, String entry) {
        Offer offer = requireEditor(offerId);
        String member = normalise(PreviewAudienceKind.of(offer.offerType()), entry, "member");
        List<String> members = repository.members(offer.id());
        if (members.contains(member)) {
            throw new ValidationException("member", "preview-audience.already", member);
        }
        if (members.size() >= PreviewAudience.MAX_MEMBERS) {
            throw new ValidationException("member", "preview-audience.too-many", PreviewAudience.MAX_MEMBERS);
        }
        repository.add(offer.id(), member, clock.instant());
        audit.record(offer.accountId(), "preview-audience", String.valueOf(offer.id()), "PREVIEW_AUDIENCE_CHANGED",
                offer.offerId() + " +1");
        return load(offer);
    }

    @Transactional
    public PreviewAudience remove(long offerId, String member) {
        Offer offer = requireEditor(offerId);
        if (repository.remove(offer.id(), member)) {
            audit.record(offer.accountId(), "preview-audience", String.valueOf(offer.id()), "PREVIEW_AUDIENCE_CHANGED",
                    offer.offerId() + " -1");
        }
        return load(offer);
    }

    /**
     * Adds the entries of a CSV file (one a line, the first column; a header line is allowed):
     * all of them or, when any line is wrong or the audience would pass 100, none, with the lines
     * named. Entries already in the audience are kept once.
     */
    @Transactional
    public PreviewAudience importCsv(long offerId, InputStream csv) {
        Offer offer = requireEditor(offerId);
        PreviewAudienceKind kind = PreviewAudienceKind.of(offer.offerType());
        String text = text(csv);
        String[] lines = text.split("\\R", -1);
        Set<String> read = new LinkedHashSet<>();
        List<Violation> errors = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String cell = firstCell(i == 0 ? lines[i].replace("\uFEFF", "") : lines[i]);
            if (cell.isEmpty()) {
                continue;
            }
            try {
                read.add(normalise(kind, cell, "csv"));
            } catch (ValidationException e) {
                if (i == 0 && HEADER.matcher(cell).matches()) {
                    continue;
                }
                if (errors.size() < MAX_LINE_ERRORS) {
                    errors.add(new Violation("csv", "preview-audience.csv-line", i + 1,
                            (com.publisherportal.common.Translatable) () -> invalidKey(kind)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (read.isEmpty()) {
            throw new ValidationException("csv", "preview-audience.csv-empty");
        }
        List<String> members = repository.members(offer.id());
        List<String> added = read.stream().filter(m -> !members.contains(m)).toList();
        if (members.size() + added.size() > PreviewAudience.MAX_MEMBERS) {
            throw new ValidationException("csv", "preview-audience.csv-too-many", members.size() + added.size(),
                    PreviewAudience.MAX_MEMBERS);
        }
        added.forEach(m -> repository.add(offer.id(), m, clock.instant()));
        audit.record(offer.accountId(), "preview-audience", String.valueOf(offer.id()), "PREVIEW_AUDIENCE_CHANGED",
                offer.offerId() + " +" + added.size());
        return load(offer);
    }

    /** Revokes the preview link: the old token stops working at once, on every node. */
    @Transactional
    public PreviewAudience revokeLink(long offerId) {
        Offer offer = requireEditor(offerId);
        repository.saveToken(offer.id(), newToken(), clock.instant());
        audit.record(offer.accountId(), "preview-audience", String.valueOf(offer.id()), "PREVIEW_LINK_REVOKED", offer.offerId());
        return load(offer);
    }

    /**
     * The preview a link shows, without a caller check: the token is the credential. The listing
     * as it will be (the draft, else the live revision) and the plans being prepared, priced in
     * {@code market}. Empty for an unknown or revoked token, or an offer without a listing yet.
     */
    @Transactional(readOnly = true)
    @PublicAccess("The preview link's token is the credential, as the intake token is for leads.")
    public Optional<PublicPreview> byToken(String token, String market) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return repository.offerOfToken(token).flatMap(offerId -> listings.previewForLink(offerId))
                .map(listing -> new PublicPreview(listing, listings.plansOf(listing.offer().id(), market, true)));
    }

    private PreviewAudience load(Offer offer) {
        String token = repository.token(offer.id()).orElseGet(() -> {
            String made = newToken();
            repository.saveToken(offer.id(), made, clock.instant());
            return made;
        });
        return new PreviewAudience(offer.id(), PreviewAudienceKind.of(offer.offerType()), repository.members(offer.id()), token);
    }

    private Offer requireEditor(long offerId) {
        Offer offer = offers.offer(offerId);
        access.requireMember(offer.accountId(), ListingDrafts.EDITORS);
        return offer;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String normalise(PreviewAudienceKind kind, String entry, String field) {
        String value = entry == null ? "" : entry.strip();
        return switch (kind) {
            case EMAIL -> {
                try {
                    yield EmailAddress.parse(field, value).value();
                } catch (ValidationException e) {
                    throw new ValidationException(field, "preview-audience.email-invalid");
                }
            }
            case SUBSCRIPTION -> {
                String guid = value.toLowerCase(Locale.ROOT);
                if (!GUID.matcher(guid).matches()) {
                    throw new ValidationException(field, "preview-audience.subscription-invalid");
                }
                yield guid;
            }
        };
    }

    private static String invalidKey(PreviewAudienceKind kind) {
        return kind == PreviewAudienceKind.EMAIL ? "preview-audience.email-invalid" : "preview-audience.subscription-invalid";
    }

    private static String firstCell(String line) {
        String cell = line.strip();
        int comma = cell.indexOf(',');
        int semicolon = cell.indexOf(';');
        int end = comma < 0 ? semicolon : semicolon < 0 ? comma : Math.min(comma, semicolon);
        if (end >= 0) {
            cell = cell.substring(0, end).strip();
        }
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            cell = cell.substring(1, cell.length() - 1).strip();
        }
        return cell;
    }

    /** The file as UTF-8 text within the cap: a binary or oversized file is refused, not guessed at. */
    private static String text(InputStream csv) {
        try {
            byte[] bytes = csv.readNBytes(MAX_CSV_BYTES + 1);
            if (bytes.length > MAX_CSV_BYTES) {
                throw new ValidationException("csv", "preview-audience.csv-too-large", MAX_CSV_BYTES / 1024);
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                throw new ValidationException("csv", "preview-audience.csv-not-text");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new ValidationException("csv", "preview-audience.csv-not-text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

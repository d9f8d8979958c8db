package com.publisherportal.conversation;

import com.publisherportal.onboarding.QueueKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
class ReviewMessageRepository {

    private static final String COLUMNS = """
            m.id, m.item_kind, m.item_id, m.account_id, m.author_id, u.display_name, m.from_staff, m.staff_note, m.body,
            m.replies_to_review, m.attachment_name, m.created_at""";

    private final JdbcClient jdbc;

    ReviewMessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(QueueKind kind, long itemId, long accountId, long authorId, boolean fromStaff, boolean staffNote,
                String body, Long repliesToReview, MessageAttachment attachment, Instant at) {
        var holder = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO review_message (item_kind, item_id, account_id, author_id, from_staff, staff_note, body,
                            replies_to_review, attachment_name, attachment_type, attachment, created_at)
                        VALUES (:kind, :item, :account, :author, :staff, :note, :body, :review, :name, :type, :content, :at)""")
                .param("kind", kind.name()).param("item", itemId).param("account", accountId).param("author", authorId)
                .param("staff", fromStaff).param("note", staffNote).param("body", body).param("review", repliesToReview)
                .param("name", attachment == null ? null : attachment.fileName())
                .param("type", attachment == null ? null : attachment.contentType())
                .param("content", attachment == null ? null : attachment.content())
                .param("at", Timestamp.from(at))
                .update(holder, "id");
        return holder.getKey().longValue();
    }

    /** The item's messages, oldest first; staff notes only when {@code withStaffNotes}. */
    List<ReviewMessage> thread(QueueKind kind, long itemId, boolean withStaffNotes) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_message m JOIN app_user u ON u.id = m.author_id"
                        + " WHERE m.item_kind = :kind AND m.item_id = :item" + (withStaffNotes ? "" : " AND m.staff_note = FALSE")
                        + " ORDER BY m.created_at, m.id")
                .param("kind", kind.name()).param("item", itemId)
                .query((rs, i) -> new ReviewMessage(rs.getLong(1), QueueKind.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getString(9),
                        (Long) rs.getObject(10, Long.class), rs.getString(11), rs.getTimestamp(12).toInstant()))
                .list();
    }

    /** A message's attachment with the message's item, for the download's caller check. */
    Optional<StoredAttachment> attachment(long messageId) {
        return jdbc.sql("""
                        SELECT item_kind, item_id, staff_note, attachment_name, attachment_type, attachment
                        FROM review_message WHERE id = :id AND attachment IS NOT NULL""")
                .param("id", messageId)
                .query((rs, i) -> new StoredAttachment(QueueKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getBoolean(3),
                        new MessageAttachment(rs.getString(4), rs.getString(5), rs.getBytes(6))))
                .optional();
    }

    record StoredAttachment(QueueKind kind, long itemId, boolean staffNote, MessageAttachment attachment) {
    }
}

package com.publisherportal.listing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Marketing media: descriptions are read without the bytes; the bytes only when served. */
@Repository
@org.springframework.modulith.NamedInterface("demo-data")
public class MediaRepository {

    private static final String COLUMNS =
            "id, revision_id, kind, position, file_name, content_type, size_bytes, width, height, video_url, title, created_at, duration_seconds";

    private final JdbcClient jdbc;

    MediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ListingMedia> forRevision(long revisionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM listing_media WHERE revision_id = :revisionId ORDER BY kind, position, id")
                .param("revisionId", revisionId)
                .query((rs, i) -> new ListingMedia(rs.getLong(1), rs.getLong(2), MediaKind.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                        rs.getObject(8, Integer.class), rs.getObject(9, Integer.class), rs.getString(10),
                        rs.getString(11), rs.getTimestamp(12).toInstant(),
                        rs.getObject(13, Integer.class)))
                .list();
    }

    public Map<MediaKind, Integer> counts(long revisionId) {
        Map<MediaKind, Integer> counts = new EnumMap<>(MediaKind.class);
        jdbc.sql("SELECT kind, COUNT(*) FROM listing_media WHERE revision_id = :revisionId GROUP BY kind")
                .param("revisionId", revisionId)
                .query(rs -> {
                    counts.put(MediaKind.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    public Optional<Long> revisionOf(long mediaId) {
        return jdbc.sql("SELECT revision_id FROM listing_media WHERE id = :id").param("id", mediaId)
                .query(Long.class).optional();
    }

    public Optional<MediaContent> content(long mediaId) {
        return jdbc.sql("SELECT file_name, content_type, content FROM listing_media WHERE id = :id AND content IS NOT NULL")
                .param("id", mediaId)
                .query((rs, i) -> new MediaContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    public long insert(long revisionId, MediaKind kind, int position, String fileName, String contentType,
                       byte[] content, int width, int height, String videoUrl, String title, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO listing_media (revision_id, kind, position, file_name, content_type, size_bytes, width,
                                                   height, content, video_url, title, created_at)
                        VALUES (:revisionId, :kind, :position, :fileName, :contentType, :size, :width, :height, :content,
                                :videoUrl, :title, :at)""")
                .param("revisionId", revisionId).param("kind", kind.name()).param("position", position)
                .param("fileName", fileName).param("contentType", contentType)
                .param("size", content == null ? 0 : content.length)
                .param("width", width == 0 ? null : width).param("height", height == 0 ? null : height)
                .param("content", content).param("videoUrl", videoUrl).param("title", title)
                .param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public void setDuration(long mediaId, Integer seconds) {
        jdbc.sql("UPDATE listing_media SET duration_seconds = :seconds WHERE id = :id")
                .param("seconds", seconds).param("id", mediaId).update();
    }

    public void delete(long mediaId) {
        jdbc.sql("DELETE FROM listing_media WHERE id = :id").param("id", mediaId).update();
    }

    public void deleteKind(long revisionId, MediaKind kind) {
        jdbc.sql("DELETE FROM listing_media WHERE revision_id = :revisionId AND kind = :kind")
                .param("revisionId", revisionId).param("kind", kind.name()).update();
    }

    /** Copies every file of one revision to another (a new draft of a live offer starts from the live media). */
    public void copy(long fromRevision, long toRevision) {
        jdbc.sql("""
                        INSERT INTO listing_media (revision_id, kind, position, file_name, content_type, size_bytes, width,
                                                   height, content, video_url, title, created_at, duration_seconds)
                        SELECT :to, kind, position, file_name, content_type, size_bytes, width, height, content, video_url,
                               title, created_at, duration_seconds FROM listing_media WHERE revision_id = :from""")
                .param("from", fromRevision).param("to", toRevision).update();
    }

    public int nextPosition(long revisionId, MediaKind kind) {
        return jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM listing_media WHERE revision_id = :revisionId AND kind = :kind")
                .param("revisionId", revisionId).param("kind", kind.name()).query(Integer.class).single();
    }
}

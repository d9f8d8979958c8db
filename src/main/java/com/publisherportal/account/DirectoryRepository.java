package com.publisherportal.account;

import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.SqlOrder;
import com.publisherportal.common.SqlWhere;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.PlatformRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;

/** Read models over users, memberships and accounts: members of an account, accounts for staff, staff for admins. */
@Repository
class DirectoryRepository {

    private static final SqlOrder ACCOUNT_ORDER = new SqlOrder(Map.of(
            "displayName", "a.display_name", "legalName", "a.legal_name", "publisherId", "a.publisher_id",
            "country", "a.country", "status", "a.status", "createdAt", "a.created_at"), "a.display_name ASC", "a.id");

    private final JdbcClient jdbc;

    DirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Member> members(long accountId) {
        return jdbc.sql("""
                        SELECT u.id, u.email, u.display_name, m.role, u.enabled, u.must_change_password, m.created_at, m.version
                        FROM membership m JOIN app_user u ON u.id = m.user_id
                        WHERE m.account_id = :accountId ORDER BY u.display_name, u.id""")
                .param("accountId", accountId)
                .query((rs, i) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3),
                        AccountRole.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getBoolean(6),
                        rs.getTimestamp(7).toInstant(), rs.getInt(8)))
                .list();
    }

    public List<AccountSummary> accounts(String search, List<SortKey> sorts, RowWindow window) {
        SqlWhere where = accountWhere(search);
        return jdbc.sql("""
                        SELECT a.id, a.publisher_id, a.legal_name, a.display_name, a.country, a.status, a.created_at,
                               (SELECT COUNT(*) FROM membership m WHERE m.account_id = a.id) AS users
                        FROM publisher_account a""" + where.sql() + ACCOUNT_ORDER.orderBy(sorts) + window.sql())
                .params(where.params())
                .query((rs, i) -> new AccountSummary(rs.getLong("id"), rs.getString("publisher_id"),
                        rs.getString("legal_name"), rs.getString("display_name"), rs.getString("country"),
                        AccountStatus.valueOf(rs.getString("status")), rs.getInt("users"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public int countAccounts(String search) {
        SqlWhere where = accountWhere(search);
        return jdbc.sql("SELECT COUNT(*) FROM publisher_account a" + where.sql())
                .params(where.params()).query(Integer.class).single();
    }

    public List<StaffMember> staff() {
        return jdbc.sql("""
                        SELECT id, email, display_name, platform_role, enabled, created_at, version
                        FROM app_user WHERE platform_role IS NOT NULL ORDER BY display_name, id""")
                .query((rs, i) -> new StaffMember(rs.getLong(1), rs.getString(2), rs.getString(3),
                        PlatformRole.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getTimestamp(6).toInstant(),
                        rs.getInt(7)))
                .list();
    }

    public int countOtherActiveAdmins(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE platform_role = 'ADMIN' AND enabled = TRUE AND id <> :id")
                .param("id", userId).query(Integer.class).single();
    }

    private static SqlWhere accountWhere(String search) {
        return new SqlWhere().containsIgnoringCase("q", search, "a.display_name", "a.legal_name", "a.publisher_id");
    }
}

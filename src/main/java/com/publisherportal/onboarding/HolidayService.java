package com.publisherportal.onboarding;

import com.publisherportal.common.ValidationException;
import com.publisherportal.audit.AuditService;
import com.publisherportal.security.AccountAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** Staff keep the public holidays on which service-level clocks stop. */
@Service
public class HolidayService {

    private final PublicHolidayRepository holidays;
    private final AccountAccess access;
    private final AuditService audit;

    HolidayService(PublicHolidayRepository holidays, AccountAccess access, AuditService audit) {
        this.holidays = holidays;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PublicHoliday> holidays() {
        access.requireStaff();
        return holidays.all();
    }

    @Transactional
    public void add(LocalDate date, String name) {
        access.requireStaff();
        if (date == null) {
            throw new ValidationException("date", "common.required");
        }
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new ValidationException("name", "common.too-long", 100);
        }
        if (holidays.exists(date)) {
            throw new ValidationException("date", "holiday.exists");
        }
        holidays.add(date, trimmed);
        audit.record(null, "holiday", date.toString(), "HOLIDAY_ADDED", trimmed);
    }

    @Transactional
    public void remove(PublicHoliday holiday) {
        access.requireStaff();
        if (holidays.delete(holiday.id()) > 0) {
            audit.record(null, "holiday", holiday.date().toString(), "HOLIDAY_REMOVED", holiday.name());
        }
    }
}

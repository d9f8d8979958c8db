package com.publisherportal.listing;

import com.publisherportal.common.PublicAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The taxonomies the listing editor offers; not account data, so any signed-in user may read them. */
@Service
public class TaxonomyService {

    private final TaxonomyRepository repository;

    TaxonomyService(TaxonomyRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    @PublicAccess("Reference data: the marketplace's categories.")
    public List<String> categories() {
        return repository.categories();
    }

    @Transactional(readOnly = true)
    @PublicAccess("Reference data: the marketplace's industries.")
    public List<String> industries() {
        return repository.industries();
    }

    @Transactional(readOnly = true)
    @PublicAccess("Reference data: the marketplace's verticals under each industry.")
    public VerticalCatalogue verticals() {
        return new VerticalCatalogue(repository.verticals());
    }
}

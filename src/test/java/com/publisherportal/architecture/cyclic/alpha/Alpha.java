package com.publisherportal.architecture.cyclic.alpha;

import com.publisherportal.architecture.cyclic.beta.Beta;

public class Alpha {
    public Beta beta() {
        return new Beta();
    }
}

package com.publisherportal.architecture.cyclic.beta;

import com.publisherportal.architecture.cyclic.alpha.Alpha;

public class Beta {
    public Alpha alpha() {
        return new Alpha();
    }
}

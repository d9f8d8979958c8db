package com.publisherportal.attribution.ui;

import com.publisherportal.attribution.DistributionChannel;
import com.publisherportal.attribution.RegisteredGuid;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Small pieces the attribution views share: copy buttons, code blocks and channel labels. */
final class AttributionUi {

    private AttributionUi() {
    }

    /**
     * A button that puts {@code text} on the clipboard with the browser's own Clipboard API
     * (no JavaScript module of ours). Browsers allow it on https and on localhost only; elsewhere
     * the user is told to select the text and copy it.
     */
    static Button copyButton(Component context, String text, String id) {
        Button copy = new PortalButton(context.getTranslation("attribution.copy"), VaadinIcon.COPY_O.create(), e ->
                UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", text).then(
                        done -> Notify.success("attribution.copied"),
                        refused -> Notify.error(context.getTranslation("attribution.copy-refused"))));
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copy.setId(id);
        return copy;
    }

    static Pre code(String text, String id) {
        Pre pre = new Pre(text);
        pre.addClassName("attribution-code");
        pre.setId(id);
        return pre;
    }

    static String channel(Component context, DistributionChannel channel, String channelName) {
        return channel == DistributionChannel.OTHER && channelName != null ? channelName
                : context.getTranslation("attribution.channel." + channel.name());
    }

    static String channel(Component context, RegisteredGuid guid) {
        return channel(context, guid.channel(), guid.channelName());
    }
}

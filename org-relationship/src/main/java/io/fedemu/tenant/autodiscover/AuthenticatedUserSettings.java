package io.fedemu.tenant.autodiscover;

import io.fedemu.tenant.ews.BasicAuthentication;
import io.fedemu.tenant.ews.DelegationTokenAuthentication;
import io.fedemu.tenant.ews.Unauthorized;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.model.BindingOperationInfo;

/**
 * Exchange's autodiscover.svc answers GetFederationInformation to anyone, but GetUserSettings only to a caller it
 * authenticated: a user of the organization, or, at /WSSecurity, a partner organization by its delegation token for
 * MSExchange.Autodiscover (PROTOCOL.md section 14). An anonymous GetUserSettings gets 401 with a Basic challenge,
 * which a client answers with the user's credentials. Decided once the operation is known (the body is read by then:
 * the operation is named in it), before the endpoint runs.
 */
final class AuthenticatedUserSettings extends AbstractPhaseInterceptor<Message> {
    static final String OPERATION = "GetUserSettings";

    private final String realm;

    AuthenticatedUserSettings(String realm) {
        super(Phase.PRE_INVOKE);
        this.realm = realm;
    }

    @Override
    public void handleMessage(Message message) {
        BindingOperationInfo operation = message.getExchange().getBindingOperationInfo();
        if (operation == null || !OPERATION.equals(operation.getName().getLocalPart())) {
            return;
        }
        if (BasicAuthentication.requester(message) != null
                || DelegationTokenAuthentication.validated(message) != null) {
            return;
        }
        Unauthorized.answer(
                message,
                "Basic realm=\"" + realm + "\"",
                "401 Unauthorized: GetUserSettings needs a signed-in user (HTTP Basic) or, at /WSSecurity, a partner's "
                        + "delegation token for MSExchange.Autodiscover.");
    }
}

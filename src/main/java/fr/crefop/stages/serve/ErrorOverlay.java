package fr.crefop.stages.serve;

import fr.crefop.stages.content.JsonText;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Severity;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The preview's error overlay: when a save is refused, the open pages get the same findings as the terminal (file,
 * line, message, hint) as a server-sent event named {@value #EVENT}, and the small script injected into each page
 * shows them in an accessible dialog (French text, a focused close button); the next good save reloads the page,
 * which removes it. The findings are written with {@code textContent}, never as HTML.
 */
final class ErrorOverlay {

    static final String EVENT = "erreurs";

    private ErrorOverlay() {
    }

    /** The script injected into each preview page: reloads on {@code reload}, shows the overlay on {@value #EVENT}. */
    static String script(String eventsPath) {
        return "<script>(function(){var s=new EventSource('" + eventsPath + "');"
                + "s.onmessage=function(){location.reload()};"
                + "s.addEventListener('" + EVENT + "',function(e){show(JSON.parse(e.data))});"
                + "function el(t,x,p){var n=document.createElement(t);if(x)n.textContent=x;if(p)p.appendChild(n);return n}"
                + "function show(list){var o=document.getElementById('memento-erreurs');if(o)o.remove();"
                + "var d=el('div');d.id='memento-erreurs';d.setAttribute('role','alertdialog');"
                + "d.setAttribute('aria-labelledby','memento-erreurs-titre');d.setAttribute('lang','fr');"
                + "d.style.cssText='position:fixed;top:1rem;right:1rem;left:1rem;max-height:80vh;overflow:auto;"
                + "z-index:2147483647;background:#fff;color:#1e1e1e;border:4px solid #ce0500;padding:1rem 1.5rem;"
                + "font:1rem/1.5 system-ui,sans-serif;box-shadow:0 .5rem 2rem rgba(0,0,0,.4)';"
                + "var h=el('h2','La dernière modification n’a pas été prise en compte',d);h.id='memento-erreurs-titre';"
                + "h.style.cssText='margin:0 0 .5rem;font-size:1.25rem;color:#ce0500';"
                + "el('p','La prévisualisation montre la version précédente. Corrigez puis enregistrez : "
                + "ce message disparaîtra.',d);var u=el('ul',null,d);"
                + "list.forEach(function(f){var li=el('li',null,u);"
                + "el('strong',(f.severite==='erreur'?'Erreur':'Avertissement')+(f.fichier?' — '+f.fichier"
                + "+(f.ligne>0?', ligne '+f.ligne:''):'')+' : ',li);el('span',f.message,li);"
                + "if(f.conseil)el('div','Conseil : '+f.conseil,li)});"
                + "var b=el('button','Fermer',d);b.type='button';b.style.cssText='font:inherit;padding:.25rem 1rem;margin-top:.5rem';"
                + "b.onclick=function(){d.remove()};d.addEventListener('keydown',function(e){if(e.key==='Escape')d.remove()});"
                + "document.body.appendChild(d);b.focus()}})()</script>";
    }

    /** The server-sent event carrying the findings, one JSON array on one line. */
    static byte[] event(List<Finding> findings) {
        StringBuilder json = new StringBuilder("[");
        for (Finding finding : findings) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"severite\":").append(JsonText.string(finding.severity() == Severity.ERROR ? "erreur" : "avertissement"))
                    .append(",\"fichier\":").append(JsonText.string(finding.path()))
                    .append(",\"ligne\":").append(finding.line())
                    .append(",\"message\":").append(JsonText.string(finding.message()))
                    .append(",\"conseil\":").append(JsonText.string(finding.hint())).append('}');
        }
        json.append(']');
        return ("event: " + EVENT + "\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
